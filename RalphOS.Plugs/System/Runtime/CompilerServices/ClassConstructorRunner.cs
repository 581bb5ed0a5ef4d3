// ClassConstructorRunner: runs a type's static constructor the first time the type is used
// (for types the compiler could not pre-initialize). The compiler passes a small context
// block per type: the cctor's address followed by an "initialized" flag. A cctor that
// throws surfaces as .NET's TypeInitializationException, naming the type, wrapping the
// original exception. A failed type stays failed, as on .NET: its context keeps the cctor's
// address, so every later access comes back here and throws the same
// TypeInitializationException again (FailureOf) instead of running the cctor twice.
using System.Runtime.InteropServices;
using Internal.Runtime.ExceptionHandling;
using Internal.Runtime.TypeLoader;

namespace System.Runtime.CompilerServices;

internal static unsafe class ClassConstructorRunner
{
    [StructLayout(LayoutKind.Sequential)]
    private struct StaticClassConstructionContext
    {
        // Address of the cctor; zero once it has run (NativeAOT's convention).
        public nint ClassConstructor;
    }

    private static void EnsureClassConstructorRun(StaticClassConstructionContext* context)
    {
        nint cctor = context->ClassConstructor;
        if (cctor == 0)
            return;
        TypeInitializationException failure = FailureOf(context);
        if (failure != null)
            throw failure;
        // Mark first: a cctor that (indirectly) touches its own type must not recurse.
        context->ClassConstructor = 0;
        // A fat pointer (FatPointers): the static constructor of a generic type the type
        // loader built, whose code is shared and takes the type as its generic context.
        if ((cctor & FatPointers.Offset) != 0)
        {
            nint* fat = (nint*)(cctor - FatPointers.Offset);
            ((delegate*<nint, void>)fat[0])(fat[1]);
            return;
        }
        try
        {
            ((delegate*<void>)cctor)();
        }
        catch (Exception exception)
        {
            failure = new TypeInitializationException(TypeNameOf(cctor), exception);
            Remember(context, failure);
            context->ClassConstructor = cctor;
            throw failure;
        }
    }

    // The types whose static constructor threw, by context, with what they threw: a short
    // list (a program has few), grown by doubling.
    private static nint[] _failedContexts;
    private static TypeInitializationException[] _failures;
    private static int _failureCount;

    private static TypeInitializationException FailureOf(StaticClassConstructionContext* context)
    {
        for (int i = 0; i < _failureCount; i++)
        {
            if (_failedContexts[i] == (nint)context)
                return _failures[i];
        }
        return null;
    }

    private static void Remember(StaticClassConstructionContext* context, TypeInitializationException failure)
    {
        if (_failedContexts == null || _failureCount == _failedContexts.Length)
        {
            int capacity = _failureCount == 0 ? 4 : _failureCount * 2;
            var contexts = new nint[capacity];
            var failures = new TypeInitializationException[capacity];
            for (int i = 0; i < _failureCount; i++)
            {
                contexts[i] = _failedContexts[i];
                failures[i] = _failures[i];
            }
            _failedContexts = contexts;
            _failures = failures;
        }
        _failedContexts[_failureCount] = (nint)context;
        _failures[_failureCount] = failure;
        _failureCount++;
    }

    // The type from its cctor's symbol ("Namespace.Type..cctor" once readable).
    private static string TypeNameOf(nint cctor)
    {
        string name = CodeSymbols.Describe((ulong)cctor);
        int end = name.IndexOf("..cctor");
        return end > 0 ? name.Substring(0, end) : name;
    }

    private static object CheckStaticClassConstructionReturnGCStaticBase(StaticClassConstructionContext* context, object gcStaticBase)
    {
        EnsureClassConstructorRun(context);
        return gcStaticBase;
    }

    private static nint CheckStaticClassConstructionReturnNonGCStaticBase(StaticClassConstructionContext* context, nint nonGcStaticBase)
    {
        EnsureClassConstructorRun(context);
        return nonGcStaticBase;
    }

    private static object CheckStaticClassConstructionReturnThreadStaticBase(StaticClassConstructionContext* context, object threadStaticBase)
    {
        EnsureClassConstructorRun(context);
        return threadStaticBase;
    }
}
