// SerialInput: receives COM1 input by interrupt (IRQ 4) into a ring buffer; readers block
// on a wait queue until a byte arrives, so a task waiting for input uses no CPU. Ctrl-C is
// not buffered: it is delivered as a break to the task that owns the console (it wakes it
// from a sleep or from waiting for input).
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Interrupts;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Drivers.Serial;

internal static unsafe class SerialInput
{
    public const int Com1IrqLine = 4;
    public const byte CtrlC = 0x03;
    private const int BufferSize = 4096;

    private static ByteRing _received;
    private static WaitQueue _dataArrived;

    // The task Ctrl-C is delivered to.
    public static KernelTask ConsoleOwner;

    public static void Start()
    {
        _received = new ByteRing(BufferSize);
        _dataArrived = new WaitQueue();
        IrqTable.Register(Com1IrqLine, &OnInterrupt);
        Terminal.EnableReceiveInterrupt();
    }

    public static bool IsStarted => _received != null;

    public static bool TryRead(out byte value) => _received.TryRead(out value);

    // Whether a byte is waiting (a program's Console.KeyAvailable).
    public static bool HasData => _received != null && !_received.IsEmpty;

    // Blocks until a byte is waiting or the clock reaches deadline (milliseconds since
    // boot), or a break is requested; whether a byte is waiting. The byte stays unread.
    public static bool WaitForData(ulong deadline)
    {
        Cpu.DisableInterrupts();
        KernelTask self = Scheduler.Current;
        while (_received.IsEmpty && !self.BreakRequested && Clock.Milliseconds < deadline)
            _dataArrived.WaitUntil(deadline);
        bool waiting = !_received.IsEmpty;
        Cpu.EnableInterrupts();
        return waiting;
    }

    // Blocks until a byte arrives. Returns false when a break (Ctrl-C) was requested for
    // the calling task instead.
    public static bool ReadByte(out byte value)
    {
        Cpu.DisableInterrupts();
        KernelTask self = Scheduler.Current;
        while (!_received.TryRead(out value))
        {
            if (self.BreakRequested)
            {
                Cpu.EnableInterrupts();
                return false;
            }
            _dataArrived.Wait();
        }
        Cpu.EnableInterrupts();
        return true;
    }

    // A byte typed on another keyboard (the PS/2 one, from IRQ 1): the same path as a
    // serial byte, Ctrl-C included. Interrupt handlers only.
    public static void ReceiveFromInterrupt(byte value)
    {
        Accept(value);
        _dataArrived.WakeAll();
    }

    private static void OnInterrupt()
    {
        while (Terminal.TryReadHardware(out byte value))
            Accept(value);
        _dataArrived.WakeAll();
    }

    private static void Accept(byte value)
    {
        if (value == CtrlC && ConsoleOwner != null)
            Scheduler.RequestBreak(ConsoleOwner);
        else
            _received.Write(value);
    }
}
