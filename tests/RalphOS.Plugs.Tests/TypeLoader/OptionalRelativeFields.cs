// OptionalRelativeFields: which of the optional relative pointers a fake MethodTable has
// (FakeGenericTypes), each present when its flag is set and in this order, after the type
// manager and writable data pointers and before an instantiation's generic ones.
using System;

namespace RalphOS.Plugs.Tests.TypeLoader;

[Flags]
public enum OptionalRelativeFields
{
    None = 0,
    DispatchMap = 1,
    Finalizer = 2,
    SealedSlots = 4,
}
