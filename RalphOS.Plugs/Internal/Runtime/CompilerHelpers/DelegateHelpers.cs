// DelegateHelpers: helpers ILC's delegate thunks call by name. The object-array invoke thunk
// (GetThunk's ObjectArrayThunk entry, generated for every delegate type once the core
// library is System.Private.CoreLib) packs a delegate's arguments into an object[] for a
// Func<object[], object>; with no arguments it takes the shared empty array from here.
using System;

namespace Internal.Runtime.CompilerHelpers;

internal static class DelegateHelpers
{
    private static object[] GetEmptyObjectArray() => Array.Empty<object>();
}
