// ElfConstants: the numbers of the ELF64 format the program loader reads (System V ABI,
// "ELF-64 Object File Format" 1.5, and the x86-64 psABI for the relocation types), and
// the note a Ralph OS program carries (programs/Sdk/program_runtime.asm writes it).
namespace RalphOS.Kernel.Programs.Elf;

internal static class ElfConstants
{
    public const int HeaderSize = 64;
    public const int ProgramHeaderSize = 56;
    public const int SectionHeaderSize = 64;
    public const int SymbolSize = 24;
    public const int RelaSize = 24;
    public const int DynamicEntrySize = 16;

    public const uint Magic = 0x464C457F;        // "\x7FELF"
    public const byte Class64 = 2;               // e_ident[EI_CLASS]
    public const byte LittleEndian = 1;          // e_ident[EI_DATA]
    public const ushort TypeSharedObject = 3;    // ET_DYN: what ld -pie writes
    public const ushort MachineX86_64 = 62;      // EM_X86_64

    public const uint SegmentLoad = 1;           // PT_LOAD
    public const uint SegmentDynamic = 2;        // PT_DYNAMIC
    public const uint SegmentInterpreter = 3;    // PT_INTERP
    public const uint SegmentNote = 4;           // PT_NOTE
    public const uint FlagExecute = 1;           // PF_X

    public const long DynamicNull = 0;           // DT_NULL
    public const long DynamicNeeded = 1;         // DT_NEEDED
    public const long DynamicPltRelSize = 2;     // DT_PLTRELSZ
    public const long DynamicRela = 7;           // DT_RELA
    public const long DynamicRelaSize = 8;       // DT_RELASZ
    public const long DynamicRelaEntry = 9;      // DT_RELAENT
    public const long DynamicRel = 17;           // DT_REL
    public const long DynamicRelSize = 18;       // DT_RELSZ

    public const uint RelocationNone = 0;        // R_X86_64_NONE
    public const uint RelocationRelative = 8;    // R_X86_64_RELATIVE: base + addend

    public const uint SectionSymbolTable = 2;    // SHT_SYMTAB
    public const byte SymbolUntyped = 0;         // STT_NOTYPE
    public const byte SymbolFunction = 2;        // STT_FUNC
    public const byte SymbolObject = 1;          // STT_OBJECT

    // The program's API-version note: owner "RalphOS", type NT_RALPH_API, a u32 version.
    public const string NoteOwner = "RalphOS";
    public const uint NoteTypeApiVersion = 1;

    public const ulong PageSize = 4096;
}
