// System.MulticastDelegate: base of every delegate type. Events with several handlers
// (`+=`) are multicast: the invocation list is kept in _helperObject as a Delegate[] and
// the compiler-generated invoke stub calls each in turn.
namespace System;

public abstract class MulticastDelegate : Delegate
{
    internal static Delegate CombineImpl(Delegate a, Delegate b)
    {
        if (a is null)
            return b;
        if (b is null)
            return a;
        Internal.Runtime.Panic.Fail("multicast delegates are not supported yet");
        return null;
    }

    internal static Delegate RemoveImpl(Delegate source, Delegate value)
    {
        if (source is null || source == value)
            return null;
        return source;
    }
}
