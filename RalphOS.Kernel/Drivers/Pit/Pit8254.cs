// Pit8254: the programmable interval timer, channel 0, as a 1 kHz tick on IRQ 0. Its input
// clock is 1.193182 MHz; a divisor of 1193 gives 1000.15 ticks per second, and Clock
// converts ticks to milliseconds with the exact ratio. Port map: Intel 8254 datasheet.
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Drivers.Pit;

internal static class Pit8254
{
    public const ulong InputHz = 1_193_182;
    public const ushort Divisor = 1193;
    public const int IrqLine = 0;

    private const ushort Channel0Data = 0x40;
    private const ushort CommandPort = 0x43;
    private const byte Channel0LowHighRateGenerator = 0x34; // channel 0, lobyte/hibyte, mode 2

    public static void Start()
    {
        Cpu.OutByte(CommandPort, Channel0LowHighRateGenerator);
        Cpu.OutByte(Channel0Data, (byte)(Divisor & 0xFF));
        Cpu.OutByte(Channel0Data, (byte)(Divisor >> 8));
    }
}
