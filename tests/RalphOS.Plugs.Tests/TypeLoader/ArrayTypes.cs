// ArrayTypes, test stand-in: TypeSignatures asks ArrayTypes for the MethodTable of T[], and
// the type loader's own ArrayTypes (RalphOS.Plugs/Internal/Runtime/TypeLoader/ArrayTypes.cs)
// builds missing array types in ManagedHeap's native memory, which needs the kernel; the
// host build links this instead (same namespace and signature), whose answers a test
// gives through Answer. It is not a test of ArrayTypes itself.
using System;

namespace Internal.Runtime.TypeLoader;

internal static unsafe class ArrayTypes
{
    // The array type of an element type (both as addresses), or 0 for none.
    public static Func<nint, nint> Answer;

    public static MethodTable* GetSzArray(MethodTable* element, out string problem)
    {
        nint array = Answer == null ? 0 : Answer((nint)element);
        problem = array == 0 ? "no array type (test stand-in)" : null;
        return (MethodTable*)array;
    }
}
