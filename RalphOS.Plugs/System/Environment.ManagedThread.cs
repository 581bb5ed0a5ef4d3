// Environment.CurrentManagedThreadId: the C# compiler's iterator state machines (`yield
// return` methods returning IEnumerable<T>) read it in GetEnumerator, to hand the iterator
// object itself to the first enumeration on the thread that created it and a fresh copy
// to any other. Ralph OS's tasks are cooperative and never run one enumeration on two
// tasks at once, so one id for every caller keeps that contract: the first GetEnumerator
// (state "created") still reuses the object, every later one gets a fresh copy.
namespace System;

public static partial class Environment
{
    private const int KernelThreadId = 1;

    public static int CurrentManagedThreadId => KernelThreadId;
}
