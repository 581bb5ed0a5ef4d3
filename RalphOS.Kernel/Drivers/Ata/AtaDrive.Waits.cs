// AtaDrive.Waits: how the driver waits for the drive. With the channel's interrupt wired
// (EnableInterrupts clears nIEN in the device control register) the driver arms the
// interrupt before a step, then sleeps until the drive interrupts at its end (the status
// read after it acknowledges the drive's INTRQ); it still checks BSY itself, so an
// interrupt that is late, spurious or from the other drive on the channel does no harm.
// If a step ends without an interrupt MaxMissedInterrupts times in a row, the driver says
// so and polls from then on. Polling (before EnableInterrupts, during Probe, and for the
// first sector of a write, which the drive requests without an interrupt) is bounded in
// time and in polls; so is every interrupt wait (CommandTimeoutMs in all).
// Protocol: ATA/ATAPI-6, "Interrupt pending" (INTRQ is cleared by reading the Status register).
namespace RalphOS.Kernel.Drivers.Ata;

public sealed partial class AtaDrive
{
    // A spun-up drive (and QEMU's) answers in microseconds; a real one may spin up for seconds.
    private const long CommandTimeoutMs = 5000;
    private const long MaxPolls = 20_000_000;
    // One sleep lasts at most this long before the driver looks at the drive itself: a
    // missed interrupt costs this much once, never a hang.
    private const long InterruptSliceMs = 100;
    private const int MaxMissedInterrupts = 3;

    private int _missedInARow;

    /// <summary>True while the driver sleeps on the channel's interrupt instead of polling.</summary>
    public bool UsesInterrupts { get; private set; }
    /// <summary>Steps whose end the drive signalled by interrupt.</summary>
    public long InterruptsTaken { get; private set; }
    /// <summary>Steps that ended without the interrupt the driver waited for.</summary>
    public long InterruptsMissed { get; private set; }

    /// <summary>Unmasks the drive's interrupt when the channel has one wired; true if so.
    /// Called once after Probe by the disk service.</summary>
    public bool EnableInterrupts()
    {
        if (!_ports.HasInterrupt) return false;
        _ports.Out8(_control, 0); // nIEN clear: the drive asserts INTRQ at the end of each step
        Status();                 // acknowledge anything IDENTIFY left pending
        UsesInterrupts = true;
        return true;
    }

    private void ArmInterrupt()
    {
        if (UsesInterrupts) _ports.ArmInterrupt();
    }

    // Waits until the drive is not busy: on its interrupt when afterInterrupt and the
    // driver uses interrupts, else by polling.
    private AtaResult WaitForDrive(bool afterInterrupt, out byte status)
    {
        if (!afterInterrupt || !UsesInterrupts) return WaitNotBusy(out status);
        long start = _ports.Milliseconds;
        for (;;)
        {
            bool interrupted = _ports.WaitForInterrupt(InterruptSliceMs);
            status = Status();
            if ((status & AtaRegisters.Busy) == 0)
            {
                CountInterrupt(interrupted);
                return AtaResult.Ok;
            }
            if (_ports.Milliseconds - start > CommandTimeoutMs) return AtaResult.Timeout;
            // Busy after an interrupt: not the end of this step; wait for the next one.
            if (interrupted) _ports.ArmInterrupt();
        }
    }

    private void CountInterrupt(bool interrupted)
    {
        if (interrupted)
        {
            InterruptsTaken++;
            _missedInARow = 0;
            return;
        }
        InterruptsMissed++;
        if (++_missedInARow >= MaxMissedInterrupts)
        {
            UsesInterrupts = false;
            _ports.Out8(_control, AtaRegisters.InterruptsOff);
        }
    }

    private AtaResult WaitNotBusy(out byte status)
    {
        status = 0;
        long start = _ports.Milliseconds;
        for (long polls = 0; polls < MaxPolls; polls++)
        {
            status = Status();
            if ((status & AtaRegisters.Busy) == 0) return AtaResult.Ok;
            if (_ports.Milliseconds - start > CommandTimeoutMs) return AtaResult.Timeout;
        }
        return AtaResult.Timeout;
    }

    // Waits for the drive to ask for (or offer) a sector's data.
    private AtaResult WaitData(bool afterInterrupt)
    {
        AtaResult result = WaitForDrive(afterInterrupt, out byte status);
        if (result != AtaResult.Ok) return result;
        if ((status & (AtaRegisters.ErrorBit | AtaRegisters.DeviceFault)) != 0 || (status & AtaRegisters.DataRequest) == 0)
            return AtaResult.DeviceError;
        return AtaResult.Ok;
    }

    // Waits for a command (or a written sector) to finish without error; the drive
    // interrupts at its end.
    private AtaResult WaitDone()
    {
        AtaResult result = WaitForDrive(afterInterrupt: true, out byte status);
        if (result != AtaResult.Ok) return result;
        return (status & (AtaRegisters.ErrorBit | AtaRegisters.DeviceFault)) != 0 ? AtaResult.DeviceError : AtaResult.Ok;
    }
}
