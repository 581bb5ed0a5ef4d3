// ClassConstructorRunner: runs a type's static constructor the first time the type is used
// (for types the compiler could not pre-initialize). The compiler passes a small context
// block per type: the cctor's address followed by an "initialized" flag. A cctor that
// throws surfaces as .NET's TypeInitializationException, naming the type, wrapping the
// original exception.
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
            throw new TypeInitializationException(TypeNameOf(cctor), exception);
        }
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
