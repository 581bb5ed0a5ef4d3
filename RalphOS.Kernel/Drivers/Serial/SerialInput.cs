// SerialInput: receives COM1 input by interrupt (IRQ 4) into a ring buffer, so readers can
// halt the CPU until a key arrives instead of spinning on the UART.
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Interrupts;

namespace RalphOS.Kernel.Drivers.Serial;

internal static unsafe class SerialInput
{
    public const int Com1IrqLine = 4;
    private const int BufferSize = 4096;

    private static ByteRing _received;

    public static void Start()
    {
        _received = new ByteRing(BufferSize);
        IrqTable.Register(Com1IrqLine, &OnInterrupt);
        Terminal.EnableReceiveInterrupt();
    }

    public static bool IsStarted => _received != null;

    public static bool TryRead(out byte value) => _received.TryRead(out value);

    private static void OnInterrupt()
    {
        while (Terminal.TryReadHardware(out byte value))
            _received.Write(value);
    }
}
