// EhFrameReader: decodes the records of an .eh_frame section (DWARF CFI in the form the
// System V ABI and the LSB describe: a CIE (common information entry) followed by FDEs
// that point back at it). It reads what ILC writes: CIE version 1 with augmentation "zLR"
// (or a subset), pointers encoded pc-relative signed 32-bit (DW_EH_PE_pcrel|sdata4, 0x1b)
// or absolute 64-bit, and refuses anything else (a personality routine, other encodings)
// by returning false, so the caller can say precisely what it met. Pure logic over bytes:
// the kernel reads its own linked section, the host tests read build/kernel.elf's.
namespace Internal.Runtime.ExceptionHandling;

internal static unsafe class EhFrameReader
{
    // Pointer encodings (LSB, "DWARF Exception Header Encoding").
    public const byte EncodingAbsolute = 0x00;
    public const byte EncodingPcRelativeSigned32 = 0x1B;
    public const byte EncodingOmit = 0xFF;

    // Reads the record at `record` (inside [sectionStart, sectionEnd)); `runtimeBase` is the
    // address the section has at run time minus its address in memory here (0 in the
    // kernel; the host tests read a file copy). Returns the next record's address via
    // `next`, and false for a terminator, a malformed record or an unsupported feature.
    // `isFde` tells a CIE (which callers skip) from an FDE (described in `fde`).
    public static bool TryRead(byte* sectionStart, byte* record, byte* sectionEnd, long runtimeBase, out bool isFde, out FrameDescription fde, out byte* next)
    {
        fde = default;
        isFde = false;
        next = sectionEnd;
        if (record + 8 > sectionEnd)
            return false;
        uint length = *(uint*)record;
        if (length == 0 || length == 0xFFFFFFFF || record + 4 + length > sectionEnd)
            return false; // terminator, 64-bit DWARF (never emitted here), or truncated
        byte* body = record + 4;
        byte* end = body + length;
        next = end;
        uint cieOffset = *(uint*)body;
        if (cieOffset == 0)
            return true; // a CIE: read when an FDE refers to it
        isFde = true;
        byte* cie = body - cieOffset;
        if (cieOffset > (ulong)(body - sectionStart) || !ReadCie(cie, sectionEnd, out byte pointerEncoding, out byte lsdaEncoding, out bool hasAugmentationData, ref fde))
            return false;
        byte* p = body + 4;
        if (!ReadPointer(ref p, end, pointerEncoding, runtimeBase, out ulong start))
            return false;
        if (!ReadPointer(ref p, end, (byte)(pointerEncoding & 0x0F), runtimeBase, out ulong range))
            return false;
        fde.CodeStart = start;
        fde.CodeEnd = start + range;
        if (hasAugmentationData)
        {
            if (!ReadUleb(ref p, end, out ulong augmentationLength) || p + augmentationLength > end)
                return false;
            byte* augmentationEnd = p + augmentationLength;
            if (lsdaEncoding != EncodingOmit && augmentationLength > 0)
            {
                if (!ReadPointer(ref p, augmentationEnd, lsdaEncoding, runtimeBase, out ulong lsda))
                    return false;
                fde.Lsda = lsda == 0 ? null : (byte*)(lsda - (ulong)runtimeBase);
            }
            p = augmentationEnd;
        }
        fde.Instructions = p;
        fde.InstructionsEnd = end;
        return true;
    }

    private static bool ReadCie(byte* cie, byte* sectionEnd, out byte pointerEncoding, out byte lsdaEncoding, out bool hasAugmentationData, ref FrameDescription fde)
    {
        hasAugmentationData = false;
        pointerEncoding = EncodingAbsolute;
        lsdaEncoding = EncodingOmit;
        if (cie + 8 > sectionEnd)
            return false;
        uint length = *(uint*)cie;
        byte* end = cie + 4 + length;
        if (length < 8 || end > sectionEnd || *(uint*)(cie + 4) != 0)
            return false;
        byte* p = cie + 8;
        byte version = *p++;
        if (version != 1 && version != 3)
            return false;
        byte* augmentation = p;
        while (p < end && *p != 0)
            p++;
        if (p >= end)
            return false;
        p++;
        if (!ReadUleb(ref p, end, out ulong codeAlignment) || !ReadSleb(ref p, end, out long dataAlignment))
            return false;
        ulong returnColumn;
        if (version == 1)
        {
            if (p >= end)
                return false;
            returnColumn = *p++;
        }
        else if (!ReadUleb(ref p, end, out returnColumn))
        {
            return false;
        }
        if (augmentation[0] == (byte)'z')
        {
            hasAugmentationData = true;
            if (!ReadUleb(ref p, end, out ulong augmentationLength) || p + augmentationLength > end)
                return false;
            byte* data = p;
            for (byte* a = augmentation + 1; *a != 0; a++)
            {
                if (*a == (byte)'L')
                    lsdaEncoding = *data++;
                else if (*a == (byte)'R')
                    pointerEncoding = *data++;
                else
                    return false; // 'P' (a personality routine) and others: ILC writes none
            }
            p += augmentationLength;
        }
        else if (augmentation[0] != 0)
        {
            return false;
        }
        fde.CodeAlignment = (uint)codeAlignment;
        fde.DataAlignment = (int)dataAlignment;
        fde.ReturnAddressRegister = (uint)returnColumn;
        fde.InitialInstructions = p;
        fde.InitialInstructionsEnd = end;
        return true;
    }

    private static bool ReadPointer(ref byte* p, byte* end, byte encoding, long runtimeBase, out ulong value)
    {
        value = 0;
        if (encoding == EncodingAbsolute)
        {
            if (p + 8 > end)
                return false;
            value = *(ulong*)p;
            p += 8;
            return true;
        }
        if ((encoding & 0x0F) != 0x0B || p + 4 > end)
            return false; // only signed 32-bit values
        long raw = *(int*)p;
        if ((encoding & 0x70) == 0x10)
            value = (ulong)((long)p + runtimeBase + raw); // pc-relative: from the field's own run-time address
        else if ((encoding & 0x70) == 0)
            value = (ulong)raw;
        else
            return false;
        p += 4;
        return true;
    }

    public static bool ReadUleb(ref byte* p, byte* end, out ulong value)
    {
        value = 0;
        int shift = 0;
        while (p < end && shift < 64)
        {
            byte b = *p++;
            value |= (ulong)(b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0)
                return true;
        }
        return false;
    }

    public static bool ReadSleb(ref byte* p, byte* end, out long value)
    {
        value = 0;
        int shift = 0;
        while (p < end && shift < 64)
        {
            byte b = *p++;
            value |= (long)(b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0)
            {
                if (shift < 64 && (b & 0x40) != 0)
                    value |= -1L << shift;
                return true;
            }
        }
        return false;
    }
}
