// I8042Controller: the PC's PS/2 controller (Intel 8042 compatible): port 0x60 carries
// data, port 0x64 status (read) and commands (write). Initialize turns both ports' clocks
// and interrupts on (IRQ 1 keyboard, IRQ 12 auxiliary/mouse), keeps scan-code translation
// (set 1) on, and programs the mouse: defaults, then data reporting (3-byte packets).
// Every wait is bounded: a missing controller or mouse makes Initialize report false, never
// hang. Commands: IBM PS/2 Technical Reference; OSDev wiki "8042 PS/2 Controller" for the
// order. Behind the port-I/O seam; host-tested with a fake controller.
using RalphOS.Hardware;

namespace RalphOS.Kernel.Drivers.Ps2;

internal sealed class I8042Controller
{
    public const ushort DataPort = 0x60;
    public const ushort StatusPort = 0x64;     // read: status; write: command
    public const byte StatusOutputFull = 0x01;
    public const byte StatusInputFull = 0x02;
    public const byte StatusAuxiliaryData = 0x20;

    public const byte CommandReadConfig = 0x20;
    public const byte CommandWriteConfig = 0x60;
    public const byte CommandDisableAuxiliary = 0xA7;
    public const byte CommandEnableAuxiliary = 0xA8;
    public const byte CommandDisableKeyboard = 0xAD;
    public const byte CommandEnableKeyboard = 0xAE;
    public const byte CommandWriteAuxiliary = 0xD4;

    public const byte ConfigKeyboardInterrupt = 0x01;
    public const byte ConfigAuxiliaryInterrupt = 0x02;
    public const byte ConfigKeyboardClockOff = 0x10;
    public const byte ConfigAuxiliaryClockOff = 0x20;
    public const byte ConfigTranslation = 0x40;

    public const byte MouseSetDefaults = 0xF6;
    public const byte MouseEnableReporting = 0xF4;
    public const byte DeviceAcknowledge = 0xFA;

    private const int WaitIterations = 100_000;
    private const int FlushLimit = 32;

    private readonly IPortIo _ports;

    public I8042Controller(IPortIo ports)
    {
        _ports = ports;
    }

    public bool MouseReady { get; private set; }

    // Returns false when the controller does not answer (no i8042); MouseReady says whether
    // the mouse acknowledged its setup.
    public bool Initialize()
    {
        if (!SendCommand(CommandDisableKeyboard) || !SendCommand(CommandDisableAuxiliary))
            return false;
        Flush();
        if (!SendCommand(CommandReadConfig) || !TryReadData(out byte config))
            return false;
        config |= ConfigKeyboardInterrupt | ConfigAuxiliaryInterrupt | ConfigTranslation;
        config &= unchecked((byte)~(ConfigKeyboardClockOff | ConfigAuxiliaryClockOff));
        if (!SendCommand(CommandWriteConfig) || !WriteData(config))
            return false;
        SendCommand(CommandEnableKeyboard);
        SendCommand(CommandEnableAuxiliary);
        MouseReady = SendToMouse(MouseSetDefaults) && SendToMouse(MouseEnableReporting);
        return true;
    }

    // The status register: whether a byte waits and whether it came from the mouse.
    public byte ReadStatus() => _ports.In8(StatusPort);
    public byte ReadData() => _ports.In8(DataPort);

    private bool SendToMouse(byte value)
    {
        if (!SendCommand(CommandWriteAuxiliary) || !WriteData(value))
            return false;
        return TryReadData(out byte answer) && answer == DeviceAcknowledge;
    }

    private bool SendCommand(byte command)
    {
        if (!WaitUntilWritable())
            return false;
        _ports.Out8(StatusPort, command);
        return true;
    }

    private bool WriteData(byte value)
    {
        if (!WaitUntilWritable())
            return false;
        _ports.Out8(DataPort, value);
        return true;
    }

    private bool TryReadData(out byte value)
    {
        for (int i = 0; i < WaitIterations; i++)
        {
            if ((_ports.In8(StatusPort) & StatusOutputFull) != 0)
            {
                value = _ports.In8(DataPort);
                return true;
            }
        }
        value = 0;
        return false;
    }

    private bool WaitUntilWritable()
    {
        for (int i = 0; i < WaitIterations; i++)
        {
            if ((_ports.In8(StatusPort) & StatusInputFull) == 0)
                return true;
        }
        return false;
    }

    // Drops bytes left in the output buffer (keys pressed during boot).
    private void Flush()
    {
        for (int i = 0; i < FlushLimit && (_ports.In8(StatusPort) & StatusOutputFull) != 0; i++)
            _ports.In8(DataPort);
    }
}
