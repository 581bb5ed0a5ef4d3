// ClassConstructorRunner: runs a type's static constructor the first time the type is used
// (for types the compiler could not pre-initialize). The compiler passes a small context
// block per type: the cctor's address followed by an "initialized" flag.
using System.Runtime.InteropServices;

namespace System.Runtime.CompilerServices;

internal static unsafe class ClassConstructorRunner
{
    // A "fat" pointer (bit 1 set) to {code, generic context}: the static constructor of a
    // generic type the type loader built, whose code is shared and takes the type.
    private const nint FatPointerOffset = 2;

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
        if ((cctor & FatPointerOffset) != 0)
        {
            nint* fat = (nint*)(cctor - FatPointerOffset);
            ((delegate*<nint, void>)fat[0])(fat[1]);
            return;
        }
        ((delegate*<void>)cctor)();
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
