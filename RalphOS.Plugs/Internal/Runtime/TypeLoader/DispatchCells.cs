// DispatchCells: interface call sites that shared generic code finds in its dictionary (an
// InterfaceCall slot: `value.CompareTo(other)` where T is constrained to IComparable<T>).
// The code calls through the cell as compiled call sites do, so a cell made here has the
// compiler's shape (see InterfaceDispatch): {dispatch stub, interface tagged 1 for an
// absolute pointer}, then the group's terminator {0, interface method slot}.
using System.Runtime.InteropServices;

namespace Internal.Runtime.TypeLoader;

internal static unsafe class DispatchCells
{
    private const nint AbsoluteInterfaceTag = 1;

    public static nint* Create(MethodTable* interfaceType, uint slot, out string problem)
    {
        problem = null;
        if (!interfaceType->IsInterface || slot > ushort.MaxValue)
        {
            problem = "an interface call slot that names no interface method";
            return null;
        }
        nint* cell = (nint*)ManagedHeap.AllocateNative((nuint)(4 * sizeof(nint)));
        if (cell == null)
        {
            problem = "memory ran out";
            return null;
        }
        cell[0] = DispatchStub();
        cell[1] = (nint)interfaceType | AbsoluteInterfaceTag;
        cell[2] = 0;
        cell[3] = (nint)slot;
        return cell;
    }

    [DllImport("*", EntryPoint = "ralph_interface_dispatch_stub")]
    private static extern nint DispatchStub();
}
