// System.ByReference: a managed pointer (`ref byte`) wrapped in a struct. ILC's
// reflection-invoke thunks (DynamicInvoke, generated once the core library is
// System.Private.CoreLib) take their arguments as a buffer of these, one per parameter, and
// read each through the Value field, which ILC finds by name.
namespace System;

internal readonly ref struct ByReference
{
    public readonly ref byte Value;

    public ByReference(ref byte value)
    {
        Value = ref value;
    }
}
