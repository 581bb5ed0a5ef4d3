// DiskGate: the kernel's IDiskGate, a sleeping lock with an owner task: a task that finds
// the disk taken waits on a wait queue (no CPU) until the owner leaves; the owner may
// enter again (nesting). A task that ended while inside (a fault ends a task without
// leaving) does not keep the disk: waiters look again every RecheckMs, and the next one
// takes it over. A waiter with a break pending cannot sleep (the scheduler returns at
// once), so it halts until the next interrupt and yields, letting the owner (woken by the
// disk's interrupt) finish.
// Used by GatedFileStore (BASIC sessions) and the monitor's disk commands.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Storage;

internal sealed class DiskGate : IDiskGate
{
    public static readonly DiskGate Instance = new DiskGate();
    // An owner that ended inside wakes nobody: waiters look at it again this often.
    private const ulong RecheckMs = 100;

    private readonly WaitQueue _left = new WaitQueue();
    private KernelTask _owner;
    private int _depth;

    /// <summary>Times a task found the disk taken and waited.</summary>
    public long Contended { get; private set; }

    public void Enter()
    {
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        KernelTask self = Scheduler.Current;
        if (_owner != null && _owner != self && _owner.State != TaskState.Finished) Contended++;
        while (_owner != null && _owner != self && _owner.State != TaskState.Finished)
        {
            if (!self.BreakRequested)
            {
                _left.WaitUntil(Clock.Milliseconds + RecheckMs);
                continue;
            }
            Cpu.EnableInterrupts();
            Cpu.Halt();
            Scheduler.Yield();
            Cpu.DisableInterrupts();
        }
        if (_owner != self)
        {
            _owner = self;
            _depth = 0;
        }
        _depth++;
        Cpu.RestoreInterrupts(wereEnabled);
    }

    public void Exit()
    {
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        if (_owner == Scheduler.Current && --_depth == 0)
        {
            _owner = null;
            _left.WakeAll();
        }
        Cpu.RestoreInterrupts(wereEnabled);
    }
}
