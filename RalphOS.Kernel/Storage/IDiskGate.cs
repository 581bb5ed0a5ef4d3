// IDiskGate: lets one task at a time use the data disk. The ATA driver sleeps while the
// drive works, so other tasks run in the middle of a file operation; the gate keeps them
// from starting one of their own until it is over (the FAT's in-memory state and the
// drive's command sequence both need that). DiskGate is the kernel's (tasks wait on a
// wait queue); GatedFileStore and the monitor's disk commands take it.
namespace RalphOS.Kernel.Storage;

public interface IDiskGate
{
    /// <summary>Waits until no other task is inside, then enters; nests in one task.</summary>
    void Enter();

    void Exit();
}
