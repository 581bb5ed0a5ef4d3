// HiddenFrames: the runtime's own frames a stack trace leaves out, as .NET hides its
// helpers ([StackTraceHidden]): the throw helpers compiled code calls when a check fails
// (ThrowHelpers), the cast and array-store checks (TypeCast) and the static-constructor
// runner. Exception.StackTrace skips them at the top of a trace, so its first line is the
// method that failed. Pure string logic on symbolized frame names.
namespace Internal.Runtime.ExceptionHandling;

internal static class HiddenFrames
{
    private static readonly string[] HiddenPrefixes =
    {
        "Internal.Runtime.CompilerHelpers.ThrowHelpers.",
        "System.Runtime.TypeCast.",
        "System.Runtime.CompilerServices.ClassConstructorRunner.",
    };

    // True for a frame described as "Namespace.Type.Method + 0xOFFSET" of a hidden helper.
    public static bool IsHidden(string frame)
    {
        foreach (string prefix in HiddenPrefixes)
        {
            if (frame.StartsWith(prefix))
                return true;
        }
        return false;
    }
}
