// TaskStatus: one task as a program sees it (`top`): id, name, state, CPU time and the
// kernel memory it holds, from the kernel API's ListTasks (SystemStatus.Tasks).
namespace RalphOS.Programs;

public sealed class TaskStatus
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string State { get; set; }
    public bool IsProgram { get; set; }
    public ulong CpuMicroseconds { get; set; }
    public ulong MemoryBytes { get; set; }
}
