// KernelTaskInfo: one task as the kernel API's ListTasks (KernelSystemCalls) describes it:
// id, state, name, CPU time and the kernel memory it holds (a program's image, heap and
// stack included). Shared as source by the kernel and the program SDK (Tasks, `top`).
namespace RalphOS.Programs.Abi;

public unsafe struct KernelTaskInfo
{
    public const int NameCapacity = 32;
    // State values (the kernel's TaskState, kept stable here).
    public const int Ready = 0, Running = 1, Sleeping = 2, Blocked = 3, Finished = 4;

    public int Id;
    public int State;
    public int NameLength;
    public int IsProgram;             // 1 for a C# program's task
    public ulong CpuMicroseconds;
    public ulong MemoryBytes;
    public fixed char Name[NameCapacity];
}
