// FrameRules: the DWARF CFI interpreter. Runs a FrameDescription's instructions (the CIE's
// initial ones, then the FDE's) up to a code address and gives the rules in force there:
// the CFA (canonical frame address: the caller's stack pointer before its call) as a
// register plus an offset, and for each register the CFA-relative slot it was saved in.
// Only what ILC emits is understood: advance_loc (all forms), def_cfa, def_cfa_register,
// def_cfa_offset, offset (and offset_extended), nop. Anything else makes Compute return
// false with the opcode in UnsupportedOpcode, so the dispatcher can name it in its panic.
namespace Internal.Runtime.ExceptionHandling;

internal unsafe struct FrameRules
{
    // DWARF register numbers for x86-64 (System V ABI, figure 3.36).
    public const int Rbx = 3;
    public const int Rbp = 6;
    public const int Rsp = 7;
    public const int R12 = 12;
    public const int R15 = 15;
    public const int ReturnAddress = 16;
    public const int RegisterCount = 17;

    // CFA opcodes (DWARF 5, section 6.4.2; the high two bits carry the primary ones).
    private const byte AdvanceLoc = 0x40, Offset = 0x80, Restore = 0xC0;
    private const byte Nop = 0x00, AdvanceLoc1 = 0x02, AdvanceLoc2 = 0x03, AdvanceLoc4 = 0x04;
    private const byte OffsetExtended = 0x05, DefCfa = 0x0C, DefCfaRegister = 0x0D, DefCfaOffset = 0x0E;

    public int CfaRegister;
    public long CfaOffset;
    // Bit n set: register n was saved at CFA + SavedOffset[n].
    public uint SavedMask;
    public fixed int SavedOffset[RegisterCount];
    public byte UnsupportedOpcode;

    public bool IsSaved(int register) => (SavedMask & (1u << register)) != 0;

    // The rules at `address` (inside fde's range). False for an instruction ILC never emits.
    public static bool Compute(in FrameDescription fde, ulong address, out FrameRules rules)
    {
        rules = default;
        rules.CfaRegister = Rsp;
        ulong target = address - fde.CodeStart;
        ulong location = 0;
        return Run(ref rules, fde, fde.InitialInstructions, fde.InitialInstructionsEnd, ulong.MaxValue, ref location)
            && Run(ref rules, fde, fde.Instructions, fde.InstructionsEnd, target, ref location);
    }

    private static bool Run(ref FrameRules rules, in FrameDescription fde, byte* p, byte* end, ulong target, ref ulong location)
    {
        while (p < end)
        {
            byte opcode = *p++;
            byte primary = (byte)(opcode & 0xC0);
            ulong delta;
            if (primary == AdvanceLoc)
            {
                delta = (ulong)(opcode & 0x3F);
            }
            else if (primary == Offset)
            {
                if (!EhFrameReader.ReadUleb(ref p, end, out ulong factored) || !SetSaved(ref rules, opcode & 0x3F, (long)factored * fde.DataAlignment))
                    return Refuse(ref rules, opcode);
                continue;
            }
            else if (primary == Restore)
            {
                return Refuse(ref rules, opcode);
            }
            else
            {
                switch (opcode)
                {
                    case Nop:
                        continue;
                    case AdvanceLoc1:
                        if (p + 1 > end) return Refuse(ref rules, opcode);
                        delta = *p;
                        p += 1;
                        break;
                    case AdvanceLoc2:
                        if (p + 2 > end) return Refuse(ref rules, opcode);
                        delta = *(ushort*)p;
                        p += 2;
                        break;
                    case AdvanceLoc4:
                        if (p + 4 > end) return Refuse(ref rules, opcode);
                        delta = *(uint*)p;
                        p += 4;
                        break;
                    case OffsetExtended:
                        if (!EhFrameReader.ReadUleb(ref p, end, out ulong register) || !EhFrameReader.ReadUleb(ref p, end, out ulong factored)
                            || register >= RegisterCount || !SetSaved(ref rules, (int)register, (long)factored * fde.DataAlignment))
                            return Refuse(ref rules, opcode);
                        continue;
                    case DefCfa:
                        if (!EhFrameReader.ReadUleb(ref p, end, out ulong cfaRegister) || !EhFrameReader.ReadUleb(ref p, end, out ulong cfaOffset))
                            return Refuse(ref rules, opcode);
                        rules.CfaRegister = (int)cfaRegister;
                        rules.CfaOffset = (long)cfaOffset;
                        continue;
                    case DefCfaRegister:
                        if (!EhFrameReader.ReadUleb(ref p, end, out ulong newRegister))
                            return Refuse(ref rules, opcode);
                        rules.CfaRegister = (int)newRegister;
                        continue;
                    case DefCfaOffset:
                        if (!EhFrameReader.ReadUleb(ref p, end, out ulong newOffset))
                            return Refuse(ref rules, opcode);
                        rules.CfaOffset = (long)newOffset;
                        continue;
                    default:
                        return Refuse(ref rules, opcode);
                }
            }
            location += delta * fde.CodeAlignment;
            if (location > target)
                return true; // the rest describes code after the address
        }
        return true;
    }

    private static bool SetSaved(ref FrameRules rules, int register, long offset)
    {
        if (register >= RegisterCount)
            return false;
        rules.SavedMask |= 1u << register;
        rules.SavedOffset[register] = (int)offset;
        return true;
    }

    private static bool Refuse(ref FrameRules rules, byte opcode)
    {
        rules.UnsupportedOpcode = opcode;
        return false;
    }
}
