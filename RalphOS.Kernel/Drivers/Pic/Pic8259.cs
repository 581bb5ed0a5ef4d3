// Pic8259: the two cascaded 8259A programmable interrupt controllers that deliver the 16
// legacy IRQ lines. At reset they overlap the CPU exception vectors, so Remap moves them
// to vectors 32-47; lines stay masked until a driver enables one. Spurious IRQ 7 and 15
// (a line that dropped before the CPU acknowledged it) are recognised by the in-service
// register and get no end-of-interrupt, as the 8259A datasheet requires.
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Drivers.Pic;

internal static class Pic8259
{
    public const int FirstVector = 32;
    public const int LineCount = 16;

    private const ushort MasterCommand = 0x20;
    private const ushort MasterData = 0x21;
    private const ushort SlaveCommand = 0xA0;
    private const ushort SlaveData = 0xA1;
    private const ushort DelayPort = 0x80;      // POST diagnostic port: a write takes ~1 us

    private const byte Icw1InitWithIcw4 = 0x11;
    private const byte Icw3SlaveOnLine2 = 0x04; // master: slave attached to IRQ 2
    private const byte Icw3SlaveIdentity = 0x02;
    private const byte Icw4Mode8086 = 0x01;
    private const byte EndOfInterruptCommand = 0x20;
    private const byte ReadInServiceCommand = 0x0B; // OCW3: next read of the command port is the ISR
    private const int CascadeLine = 2;

    private static ushort _mask = 0xFFFF;

    public static void Remap()
    {
        Write(MasterCommand, Icw1InitWithIcw4);
        Write(SlaveCommand, Icw1InitWithIcw4);
        Write(MasterData, FirstVector);
        Write(SlaveData, FirstVector + 8);
        Write(MasterData, Icw3SlaveOnLine2);
        Write(SlaveData, Icw3SlaveIdentity);
        Write(MasterData, Icw4Mode8086);
        Write(SlaveData, Icw4Mode8086);
        _mask = 0xFFFF & ~(1 << CascadeLine);
        ApplyMask();
    }

    public static void Enable(int line)
    {
        _mask = (ushort)(_mask & ~(1 << line));
        ApplyMask();
    }

    public static void Disable(int line)
    {
        _mask = (ushort)(_mask | (1 << line));
        ApplyMask();
    }

    // True when the interrupt on this line is a real one (false: spurious, ignore it).
    public static bool Acknowledge(int line)
    {
        if (line == 7 && (ReadInService(MasterCommand) & 0x80) == 0)
            return false;
        if (line == 15 && (ReadInService(SlaveCommand) & 0x80) == 0)
        {
            // The master did see the cascade line, so it still needs its EOI.
            Cpu.OutByte(MasterCommand, EndOfInterruptCommand);
            return false;
        }
        return true;
    }

    public static void EndOfInterrupt(int line)
    {
        if (line >= 8)
            Cpu.OutByte(SlaveCommand, EndOfInterruptCommand);
        Cpu.OutByte(MasterCommand, EndOfInterruptCommand);
    }

    private static byte ReadInService(ushort commandPort)
    {
        Cpu.OutByte(commandPort, ReadInServiceCommand);
        return Cpu.InByte(commandPort);
    }

    private static void ApplyMask()
    {
        Write(MasterData, (byte)_mask);
        Write(SlaveData, (byte)(_mask >> 8));
    }

    private static void Write(ushort port, byte value)
    {
        Cpu.OutByte(port, value);
        Cpu.OutByte(DelayPort, 0);
    }
}
