// LdTokenHelpers: how compiled code turns an `ldtoken` into a handle value. ILC looks this
// class up by name in the system module whenever a method contains ldtoken (array
// initializers such as `int[] a = { 1, 2, 3 }` load the data field's token for
// RuntimeHelpers.InitializeArray, which the compiler then expands). Each handle is a single
// pointer-sized slot holding what the compiler passes; the calls are usually optimized away.
// GetRuntimeType is what `typeof(X)` becomes: the one Type object of X's MethodTable.
using System;

namespace Internal.Runtime.CompilerHelpers;

internal static unsafe class LdTokenHelpers
{
    private static RuntimeFieldHandle GetRuntimeFieldHandle(nint handleSignature)
    {
        RuntimeFieldHandle handle = default;
        *(nint*)&handle = handleSignature;
        return handle;
    }

    private static RuntimeMethodHandle GetRuntimeMethodHandle(nint handleSignature)
    {
        RuntimeMethodHandle handle = default;
        *(nint*)&handle = handleSignature;
        return handle;
    }

    private static RuntimeTypeHandle GetRuntimeTypeHandle(nint methodTable)
    {
        RuntimeTypeHandle handle = default;
        *(nint*)&handle = methodTable;
        return handle;
    }

    // `typeof(X)`: ILC folds ldtoken + Type.GetTypeFromHandle into this call.
    private static Type GetRuntimeType(nint methodTable) => RuntimeType.FromHandle(GetRuntimeTypeHandle(methodTable));
}
