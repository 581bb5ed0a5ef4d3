// ProgramStartInfo: what the kernel hands a program's entry point besides the API table:
// its arguments (argument 0 is the program's name; NUL-terminated ASCII strings) and the
// top of its stack (the program's garbage collector scans the stack up to there).
namespace RalphOS.Programs.Abi;

public unsafe struct ProgramStartInfo
{
    public int ArgumentCount;
    public byte** Arguments;
    public ulong StackTop;
}
