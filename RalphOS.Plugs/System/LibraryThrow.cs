// LibraryThrow: where the core library throws as .NET does (Parse's FormatException,
// OverflowException, ...). The kernel cannot throw yet (RhpThrowEx arrives with the
// exceptions work), so Raise panics with the exception's type and message; when throwing
// works, its body becomes `throw exception` and every caller throws as .NET's code does.
// Callers: Number (formatting, parsing), String.Format, Double.Parse.
namespace System;

internal static class LibraryThrow
{
    public static void Raise(Exception exception) =>
        Internal.Runtime.Panic.Fail($"unhandled {Name(exception)}: {exception.Message}");

    private static string Name(Exception exception) =>
        exception is ArgumentNullException ? "ArgumentNullException"
        : exception is FormatException ? "FormatException"
        : exception is OverflowException ? "OverflowException"
        : "Exception";
}
