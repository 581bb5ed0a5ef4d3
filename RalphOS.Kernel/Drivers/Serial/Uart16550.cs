// Uart16550: the PC serial port (National Semiconductor 16550 UART), programmed directly
// through its I/O ports. COM1 at 0x3F8 carries the kernel log and the console. Transmit
// waits for the holding register to empty; receive is polled, or drained into a buffer by
// the IRQ 4 handler (SerialInput) once interrupts are on. A struct,
// so the console works before the managed heap exists.
// Register map: PC16550D datasheet, section 8 "Registers".
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Drivers.Serial;

internal struct Uart16550
{
    public const ushort Com1Port = 0x3F8;
    private const uint BaseClockHz = 115200; // 1.8432 MHz crystal / 16

    // Register offsets from the base port.
    private const ushort DataRegister = 0;            // THR on write, RBR on read (DLAB = 0)
    private const ushort InterruptEnableRegister = 1; // divisor high byte when DLAB = 1
    private const ushort FifoControlRegister = 2;
    private const ushort LineControlRegister = 3;
    private const ushort ModemControlRegister = 4;
    private const ushort LineStatusRegister = 5;

    private const byte LineControlDivisorLatch = 0x80;    // DLAB
    private const byte LineControl8N1 = 0x03;             // 8 data bits, no parity, 1 stop bit
    private const byte FifoEnableClear14 = 0xC7;          // enable, clear both, 14-byte trigger
    private const byte ModemDtrRtsOut2 = 0x0B;
    private const byte ModemLoopback = 0x10;
    private const byte LineStatusDataReady = 0x01;
    private const byte LineStatusTransmitEmpty = 0x20;
    private const byte LoopbackTestByte = 0xAE;
    private const byte InterruptOnReceivedData = 0x01;

    private readonly ushort _port;

    public Uart16550(ushort port)
    {
        _port = port;
    }

    // Programs the UART for 8N1 at the given baud rate. Returns false when a loopback
    // self-test shows no working UART at this port.
    public bool Initialize(uint baud)
    {
        ushort divisor = (ushort)(BaseClockHz / baud);
        Cpu.OutByte((ushort)(_port + InterruptEnableRegister), 0);
        Cpu.OutByte((ushort)(_port + LineControlRegister), LineControlDivisorLatch);
        Cpu.OutByte((ushort)(_port + DataRegister), (byte)divisor);
        Cpu.OutByte((ushort)(_port + InterruptEnableRegister), (byte)(divisor >> 8));
        Cpu.OutByte((ushort)(_port + LineControlRegister), LineControl8N1);
        Cpu.OutByte((ushort)(_port + FifoControlRegister), FifoEnableClear14);

        Cpu.OutByte((ushort)(_port + ModemControlRegister), ModemDtrRtsOut2 | ModemLoopback);
        Cpu.OutByte((ushort)(_port + DataRegister), LoopbackTestByte);
        bool works = Cpu.InByte((ushort)(_port + DataRegister)) == LoopbackTestByte;
        Cpu.OutByte((ushort)(_port + ModemControlRegister), ModemDtrRtsOut2);
        return works;
    }

    // Raises IRQ 4 (COM1) whenever received data is waiting; OUT2 (set above) gates the line.
    public void EnableReceiveInterrupt() =>
        Cpu.OutByte((ushort)(_port + InterruptEnableRegister), InterruptOnReceivedData);

    public void Write(byte value)
    {
        while ((Cpu.InByte((ushort)(_port + LineStatusRegister)) & LineStatusTransmitEmpty) == 0)
            Cpu.Pause();
        Cpu.OutByte((ushort)(_port + DataRegister), value);
    }

    public bool TryRead(out byte value)
    {
        if ((Cpu.InByte((ushort)(_port + LineStatusRegister)) & LineStatusDataReady) == 0)
        {
            value = 0;
            return false;
        }
        value = Cpu.InByte((ushort)(_port + DataRegister));
        return true;
    }
}
