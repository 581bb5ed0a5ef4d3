// ThrowHelpers: what compiled code calls when a runtime check fails (bounds, null, divide
// by zero, overflow, bad cast). In this kernel every one of these is a panic with a precise
// message; a backtrace follows from the panic handler.
namespace Internal.Runtime.CompilerHelpers;

internal static class ThrowHelpers
{
    public static void ThrowIndexOutOfRangeException() => Panic.Fail("index out of range");
    public static void ThrowNullReferenceException() => Panic.Fail("null reference");
    public static void ThrowDivideByZeroException() => Panic.Fail("division by zero");
    public static void ThrowOverflowException() => Panic.Fail("arithmetic overflow");
    public static void ThrowPlatformNotSupportedException() => Panic.Fail("platform not supported");
    public static void ThrowTypeLoadException() => Panic.Fail("type load failure");
    public static void ThrowArgumentException() => Panic.Fail("invalid argument");
    public static void ThrowArgumentOutOfRangeException() => Panic.Fail("argument out of range");
    public static void ThrowArrayTypeMismatchException() => Panic.Fail("array type mismatch");
    public static void ThrowInvalidCastException() => Panic.Fail("invalid cast");
    public static void ThrowInvalidProgramException() => Panic.Fail("invalid program");
    public static void ThrowMissingMethodException() => Panic.Fail("missing method");
    public static void ThrowMissingFieldException() => Panic.Fail("missing field");
    public static void ThrowNotImplementedException() => Panic.Fail("not implemented");
    public static void ThrowNotSupportedException() => Panic.Fail("not supported");
    public static void ThrowBadImageFormatException() => Panic.Fail("bad image format");
    public static void ThrowFeatureBodyRemoved() => Panic.Fail("called a method the compiler removed");
    public static void ThrowInvalidProgramExceptionWithArgument(int id, string methodName) => Panic.Fail("invalid program");
    public static void ThrowTypeLoadExceptionWithArgument(int id, string className, string typeName) => Panic.Fail("type load failure");
    public static void ThrowMissingMethodExceptionWithArgument(int id, string name) => Panic.Fail("missing method");
    public static void ThrowMissingFieldExceptionWithArgument(int id, string name) => Panic.Fail("missing field");
    public static void ThrowBadImageFormatExceptionWithArgument(int id, string name) => Panic.Fail("bad image format");
    public static void ThrowMarshalDirectiveException() => Panic.Fail("marshal directive");
    public static void ThrowAmbiguousMatchException() => Panic.Fail("ambiguous match");
}
