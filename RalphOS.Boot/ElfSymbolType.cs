// ElfSymbolType: STT_* values from the low 4 bits of st_info (System V gABI, "Symbol Table").
namespace RalphOS.Boot;

public enum ElfSymbolType : byte
{
    NoType = 0,
    Object = 1,
    Function = 2,
    Section = 3,
    File = 4,
}
