// TypeLoaderExports: the helper ILC calls for a generic virtual method call it cannot bind
// at compile time. It returns the code to call for the object's type: a plain code
// pointer, or a "fat" pointer (bit 1 set) to {shared code, generic dictionary}.
using Internal.Runtime.TypeLoader;

namespace System.Runtime;

public static unsafe class TypeLoaderExports
{
    public static nint GVMLookupForSlot(object obj, RuntimeMethodHandle slot)
    {
        if (obj == null)
            Internal.Runtime.CompilerHelpers.ThrowHelpers.ThrowNullReferenceException();
        return GenericVirtualMethods.Lookup(obj.GetMethodTable(), (GenericMethodHandle*)slot.Value);
    }
}
