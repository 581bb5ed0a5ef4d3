// Interlocked: atomic read-modify-write operations. The compiler expands each [Intrinsic]
// here into a single locked instruction (lock cmpxchg / lock xadd); the bodies are the
// fallback meaning. C#'s field-like events use CompareExchange to add and remove handlers.
using System.Runtime.CompilerServices;

namespace System.Threading;

public static class Interlocked
{
    [Intrinsic]
    public static int CompareExchange(ref int location, int value, int comparand)
    {
        int original = location;
        if (original == comparand)
            location = value;
        return original;
    }

    [Intrinsic]
    public static long CompareExchange(ref long location, long value, long comparand)
    {
        long original = location;
        if (original == comparand)
            location = value;
        return original;
    }

    [Intrinsic]
    public static object CompareExchange(ref object location, object value, object comparand)
    {
        object original = location;
        if (original == comparand)
            location = value;
        return original;
    }

    public static T CompareExchange<T>(ref T location, T value, T comparand) where T : class =>
        Unsafe.As<T>(CompareExchange(ref Unsafe.As<T, object>(ref location), value, comparand));

    [Intrinsic]
    public static int Exchange(ref int location, int value)
    {
        int original = location;
        location = value;
        return original;
    }

    [Intrinsic]
    public static int Add(ref int location, int value)
    {
        location += value;
        return location;
    }

    [Intrinsic]
    public static long Add(ref long location, long value)
    {
        location += value;
        return location;
    }

    public static int Increment(ref int location) => Add(ref location, 1);
    public static int Decrement(ref int location) => Add(ref location, -1);
    public static long Increment(ref long location) => Add(ref location, 1);
    public static long Decrement(ref long location) => Add(ref location, -1);
}
