// ExternalReferences: a table of 32-bit offsets, each relative to its own address, that
// native-format tables use to name MethodTables and code by index (ILC's
// ExternalReferencesTableNode). The GVM tables and type templates index the "common
// fixups" table; native layout signatures and exact method instantiations the "native
// references" table; static constructors and static fields the "native statics" table.
namespace Internal.Runtime.TypeLoader;

internal readonly unsafe struct ExternalReferences
{
    private readonly int* _start;
    private readonly uint _count;

    public ExternalReferences(byte* start, byte* end)
    {
        _start = (int*)start;
        _count = start == null ? 0 : (uint)((end - start) / sizeof(int));
    }

    // The address entry `index` refers to, or null past the end of the table.
    public void* this[uint index]
    {
        get
        {
            if (index >= _count)
                return null;
            int* entry = _start + index;
            return (byte*)entry + *entry;
        }
    }
}
