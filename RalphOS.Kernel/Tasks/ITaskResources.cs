// ITaskResources: what a task owns beyond its stack and its managed objects, returned when
// the task is reaped however it ended (returned, exited, faulted, broken): a program's
// image, heap and start block (Programs/LoadedProgram). The kernel task calls Release from
// Scheduler.ReapFinishedTasks, never on the finished task's own stack.
namespace RalphOS.Kernel.Tasks;

internal interface ITaskResources
{
    // Frees everything; task is the finished task (for its id, name and exit reason).
    void Release(KernelTask task);

    // For the fault handler: whether address is in code the task loaded (a program's image),
    // and if so where that code's own runtime throws the .NET exception for a fault
    // (0: it has none, so the fault ends the task with the CPU-exception report).
    bool OwnsCode(ulong address, out ulong faultThrowEntry);

    // For backtraces: writes the name of the task's own symbol at address (allocation-free);
    // false when the address is not in the task's code.
    bool WriteSymbol(ulong address);

    // For the memory map: where the task's loaded image lies (a program's placed ELF);
    // false when it has none.
    bool TryGetImage(out ulong start, out ulong length);
}
