// FatPointers: how shared generic code is called when its caller cannot pass the generic
// context itself: the address of a {code, context} pair plus 2. Compiled call sites (and
// ClassConstructorRunner, for a shared static constructor) test bit 1 and, when set, pass
// the second word as the hidden generic context argument. The pair lives for good.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class FatPointers
{
    public const nint Offset = 2;

    // 0 when there is no memory for the pair.
    public static nint Make(nint code, nint context)
    {
        nint* pair = (nint*)ManagedHeap.AllocateNative((nuint)(2 * sizeof(nint)));
        if (pair == null)
            return 0;
        pair[0] = code;
        pair[1] = context;
        return (nint)pair + Offset;
    }
}
