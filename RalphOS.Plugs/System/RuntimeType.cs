// System.RuntimeType: the one Type object of a MethodTable (typeof, GetTypeFromHandle). The
// objects are kept in a small array searched linearly: programs use a handful of typeofs
// (records use one each), and a Type made once must stay the same object. ToString names
// the type from the kernel's symbol table, as the panic and cast reports do.
using Internal.Runtime;

namespace System;

internal sealed class RuntimeType : Type
{
    private static RuntimeType[] _known = new RuntimeType[16];
    private static int _knownCount;

    private readonly RuntimeTypeHandle _handle;

    private RuntimeType(RuntimeTypeHandle handle) { _handle = handle; }

    public override RuntimeTypeHandle TypeHandle => _handle;

    internal static RuntimeType FromHandle(RuntimeTypeHandle handle)
    {
        for (int i = 0; i < _knownCount; i++)
        {
            if (_known[i]._handle.Value == handle.Value)
                return _known[i];
        }
        if (_knownCount == _known.Length)
            Array.Resize(ref _known, _known.Length * 2);
        var created = new RuntimeType(handle);
        _known[_knownCount++] = created;
        return created;
    }

    public override string ToString() => Panic.DescribeType((nuint)_handle.Value);
}
