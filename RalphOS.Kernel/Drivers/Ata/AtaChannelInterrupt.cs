// AtaChannelInterrupt: an IDE channel's interrupt line (IRQ 14 for the primary channel,
// 15 for the secondary; the ISA-compatible wiring) as the ATA driver waits for it. The
// handler latches "an interrupt came" and wakes the waiting task; Wait puts the calling
// task to sleep on a wait queue until then or a deadline, so a task waiting for the disk
// uses no CPU and other tasks run. Where a task cannot sleep (a break is pending for it,
// so the scheduler would return at once) it halts the CPU until the next interrupt
// instead, with interrupts on, so the clock moves and the deadline holds.
// The handler does not read the drive's Status register: the driver does after every wait,
// which acknowledges the drive. Created by the disk service (Storage/DiskService.cs) for
// the channel its disk is on, used through KernelAtaPorts.
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Interrupts;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Drivers.Ata;

internal sealed unsafe class AtaChannelInterrupt
{
    public const int PrimaryIrqLine = 14, SecondaryIrqLine = 15;

    private static AtaChannelInterrupt _primary, _secondary;
    private readonly WaitQueue _arrived = new WaitQueue();
    private bool _pending;       // set by the handler; the wait loop re-reads it after every call

    public int Line { get; }
    /// <summary>Interrupts the line delivered, since boot.</summary>
    public ulong Count { get; private set; }

    private AtaChannelInterrupt(int line) => Line = line;

    /// <summary>The interrupt of the channel at basePort, its handler registered (once).</summary>
    public static AtaChannelInterrupt For(ushort basePort)
    {
        if (basePort == AtaRegisters.PrimaryBase)
        {
            if (_primary == null)
            {
                _primary = new AtaChannelInterrupt(PrimaryIrqLine);
                IrqTable.Register(PrimaryIrqLine, &OnPrimary);
            }
            return _primary;
        }
        if (_secondary == null)
        {
            _secondary = new AtaChannelInterrupt(SecondaryIrqLine);
            IrqTable.Register(SecondaryIrqLine, &OnSecondary);
        }
        return _secondary;
    }

    public void Arm() => _pending = false;

    public bool Wait(long timeoutMs)
    {
        ulong deadline = Clock.Milliseconds + (ulong)timeoutMs;
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        while (!_pending && Clock.Milliseconds < deadline)
        {
            if (Scheduler.IsRunning && !Scheduler.Current.BreakRequested)
            {
                _arrived.WaitUntil(deadline);
            }
            else
            {
                Cpu.EnableInterrupts();
                Cpu.Halt();
                Cpu.DisableInterrupts();
            }
        }
        bool arrived = _pending;
        Cpu.RestoreInterrupts(wereEnabled);
        return arrived;
    }

    private void Signal()
    {
        _pending = true;
        Count++;
        _arrived.WakeAll(WakeUrgency.RunNext);
    }

    private static void OnPrimary() => _primary?.Signal();

    private static void OnSecondary() => _secondary?.Signal();
}
