// System.RuntimeType: the one Type object of a MethodTable (typeof, GetTypeFromHandle,
// GetType). The objects are kept in a small array searched linearly: programs use a handful
// of types this way (records use one each), and a Type made once must stay the same object.
// The names come from TypeNames (the embedded metadata), the facts from the MethodTable.
using Internal.Runtime;
using Internal.Runtime.Reflection;

namespace System;

internal sealed unsafe class RuntimeType : Type
{
    private static RuntimeType[] _known = new RuntimeType[16];
    private static int _knownCount;

    private readonly RuntimeTypeHandle _handle;

    private RuntimeType(RuntimeTypeHandle handle) { _handle = handle; }

    public override RuntimeTypeHandle TypeHandle => _handle;

    private MethodTable* Table => (MethodTable*)_handle.Value;

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

    internal static RuntimeType FromMethodTable(MethodTable* type) => type == null ? null : FromHandle(new RuntimeTypeHandle((nint)type));

    public override string Name => TypeNames.Name(Table);

    public override string Namespace => TypeNames.Namespace(Table);

    public override string FullName => TypeNames.Display(Table);

    public override Type BaseType => FromMethodTable(Table->BaseType);

    public override bool IsValueType => Table->IsValueType;

    public override bool IsEnum => EnumInfo.IsEnum(Table);

    public override bool IsArray => Table->IsArray;

    public override bool IsInterface => Table->IsInterface;

    public override bool IsGenericType => Table->IsGeneric;

    public override Type GetElementType() => Table->IsArray ? FromMethodTable(Table->RelatedType) : null;

    public override string ToString() => TypeNames.Display(Table);
}
