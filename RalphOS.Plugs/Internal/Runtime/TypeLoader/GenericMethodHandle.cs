// GenericMethodHandle: what a RuntimeMethodHandle of an instantiated generic method points
// to, as ILC 10 lays it out: the declaring type, the method's metadata handle (HandleType
// Method in the top byte, the record's offset in the module's metadata below), the number
// of type arguments and then the arguments themselves, inline (16 + 8 * count bytes).
// Metadata records are shared by methods that look alike (same name, signature and flags),
// so a method is named by its type and its handle together. ILC fills the handle in only
// when it writes reflection metadata, which it does when the core library is called
// System.Private.CoreLib.
using System.Runtime.InteropServices;

namespace Internal.Runtime.TypeLoader;

[StructLayout(LayoutKind.Sequential)]
internal unsafe struct GenericMethodHandle
{
    public MethodTable* DeclaringType;
    public int MethodHandle;
    public int ArgumentCount;
    public MethodTable* FirstArgument;

    public MethodTable** Arguments
    {
        get
        {
            fixed (MethodTable** first = &FirstArgument)
                return first;
        }
    }
}
