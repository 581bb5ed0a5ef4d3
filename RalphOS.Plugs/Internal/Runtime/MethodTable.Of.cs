// MethodTable.Of<T>: the MethodTable of a type argument. ILC recognises the method by name
// and replaces its body (in code shared by reference types, with a dictionary entry). Kept
// out of MethodTable.cs, which the host tests compile, where the attribute is not public.
using System.Runtime.CompilerServices;

namespace Internal.Runtime;

internal unsafe partial struct MethodTable
{
    [Intrinsic]
    public static MethodTable* Of<T>() => throw null;
}
