// ThrowHelpers: what compiled code (and our runtime) calls when a runtime check fails
// (bounds, null, divide by zero, overflow, bad cast, ...): each throws the exception .NET
// throws there, with .NET's message, so C# code catches them as on .NET. Out of memory
// throws one OutOfMemoryException made at boot (there may be no memory for a new one).
using System;
using Internal.Runtime.ExceptionHandling;

namespace Internal.Runtime.CompilerHelpers;

internal static class ThrowHelpers
{
    private static OutOfMemoryException _outOfMemory;

    // Called at boot, while memory is plentiful.
    public static void PrepareOutOfMemory()
    {
        _outOfMemory = new OutOfMemoryException();
        _outOfMemory.ReserveStackTrace();
    }

    public static void ThrowOutOfMemoryException(string panicMessage)
    {
        if (_outOfMemory == null)
            Panic.Fail(panicMessage);
        throw _outOfMemory;
    }

    // .NET's message names both types: "Unable to cast object of type 'A' to type 'B'."
    public static void ThrowInvalidCast(nuint objectType, nuint targetType) =>
        throw new InvalidCastException(
            $"Unable to cast object of type '{CodeSymbols.ReadableType(Panic.DescribeType(objectType))}' to type '{CodeSymbols.ReadableType(Panic.DescribeType(targetType))}'.");

    public static void ThrowIndexOutOfRangeException() => throw new IndexOutOfRangeException();
    public static void ThrowNullReferenceException() => throw new NullReferenceException();
    public static void ThrowDivideByZeroException() => throw new DivideByZeroException();
    public static void ThrowOverflowException() => throw new OverflowException();
    public static void ThrowPlatformNotSupportedException() => throw new PlatformNotSupportedException();
    public static void ThrowTypeLoadException() => Panic.Fail("type load failure");
    public static void ThrowArgumentException() => throw new ArgumentException();
    public static void ThrowArgumentOutOfRangeException() => throw new ArgumentOutOfRangeException();
    public static void ThrowArrayTypeMismatchException() => throw new ArrayTypeMismatchException();
    public static void ThrowInvalidCastException() => throw new InvalidCastException();
    public static void ThrowInvalidProgramException() => Panic.Fail("invalid program");
    public static void ThrowMissingMethodException() => Panic.Fail("missing method");
    public static void ThrowMissingFieldException() => Panic.Fail("missing field");
    public static void ThrowNotImplementedException() => throw new NotImplementedException();
    public static void ThrowNotSupportedException() => throw new NotSupportedException();
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
