// MethodUnwindInfo: reads the NativeAOT unwind-info blob an FDE's LSDA points at (facts
// from dotnet/runtime's UnixNativeCodeManager.cpp). Its first byte holds the "unwind block
// flags": the kind of code (the method's main body, a handler funclet - catch, finally,
// fault - or a filter funclet) and whether EH info and associated data follow. A funclet's
// blob then has a 32-bit self-relative pointer to the main body's blob and the 32-bit
// distance from the method's start to the funclet; the main blob has, after the optional
// associated-data pointer, a self-relative pointer to the method's EH clauses (EhClauses).
namespace Internal.Runtime.ExceptionHandling;

internal unsafe struct MethodUnwindInfo
{
    public const byte KindMask = 0x03;
    public const byte KindRoot = 0x00;
    public const byte KindHandler = 0x01;
    public const byte KindFilter = 0x02;
    public const byte HasEhInfo = 0x04;
    public const byte ReversePInvoke = 0x08;
    public const byte HasAssociatedData = 0x10;

    public byte Kind;
    public ulong MethodStart;
    // The method's EH clause table, or null when it has none.
    public byte* EhInfo;

    public bool IsFunclet => Kind != KindRoot;

    // `lsda` is the FDE's LSDA (possibly null: no blob, no clauses), `codeStart` the FDE's start.
    public static MethodUnwindInfo Read(byte* lsda, ulong codeStart)
    {
        MethodUnwindInfo info = default;
        info.MethodStart = codeStart;
        if (lsda == null)
            return info;
        byte flags = lsda[0];
        info.Kind = (byte)(flags & KindMask);
        byte* main = lsda;
        if (info.Kind != KindRoot)
        {
            main = lsda + 1 + *(int*)(lsda + 1);
            info.MethodStart = codeStart - (ulong)(long)*(int*)(lsda + 5);
        }
        byte mainFlags = main[0];
        byte* p = main + 1;
        if ((mainFlags & HasAssociatedData) != 0)
            p += 4;
        if ((mainFlags & HasEhInfo) != 0)
            info.EhInfo = p + *(int*)p;
        return info;
    }
}
