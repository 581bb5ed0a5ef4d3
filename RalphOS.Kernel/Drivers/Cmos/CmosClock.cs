// CmosClock: the battery-backed real-time clock in the CMOS chip (Motorola MC146818
// register layout), read for the wall-clock date and time. Values may be BCD and the hour
// may be 12-hour, as register B says; a read is retried until two agree so an update in
// the middle cannot tear it.
using RalphOS.Kernel.Arch;

namespace RalphOS.Kernel.Drivers.Cmos;

internal struct WallClock
{
    public int Year, Month, Day, Hour, Minute, Second;

    public string DateText => string.Concat(Year.ToString().PadLeft(4, '0'), "-", Month.ToString().PadLeft(2, '0'), "-", Day.ToString().PadLeft(2, '0'));
    public string TimeText => string.Concat(Hour.ToString().PadLeft(2, '0'), ":", Minute.ToString().PadLeft(2, '0'), ":", Second.ToString().PadLeft(2, '0'));
}

internal static class CmosClock
{
    private const ushort IndexPort = 0x70;
    private const ushort DataPort = 0x71;
    private const byte NmiDisable = 0x80;
    private const byte RegisterSeconds = 0x00, RegisterMinutes = 0x02, RegisterHours = 0x04;
    private const byte RegisterDay = 0x07, RegisterMonth = 0x08, RegisterYear = 0x09;
    private const byte RegisterStatusA = 0x0A, RegisterStatusB = 0x0B;
    private const byte UpdateInProgress = 0x80;
    private const byte BinaryMode = 0x04, TwentyFourHourMode = 0x02, PmBit = 0x80;
    private const int MaxAttempts = 10;

    public static WallClock Read()
    {
        WallClock previous = ReadOnce();
        for (int attempt = 0; attempt < MaxAttempts; attempt++)
        {
            WallClock current = ReadOnce();
            if (Same(previous, current))
                return current;
            previous = current;
        }
        return previous;
    }

    private static WallClock ReadOnce()
    {
        while ((ReadRegister(RegisterStatusA) & UpdateInProgress) != 0)
            Cpu.Pause();
        byte statusB = ReadRegister(RegisterStatusB);
        bool binary = (statusB & BinaryMode) != 0;
        byte rawHour = ReadRegister(RegisterHours);
        int hour = Decode((byte)(rawHour & ~PmBit), binary);
        if ((statusB & TwentyFourHourMode) == 0 && (rawHour & PmBit) != 0)
            hour = (hour % 12) + 12;
        else if ((statusB & TwentyFourHourMode) == 0 && hour == 12)
            hour = 0;
        return new WallClock
        {
            Second = Decode(ReadRegister(RegisterSeconds), binary),
            Minute = Decode(ReadRegister(RegisterMinutes), binary),
            Hour = hour,
            Day = Decode(ReadRegister(RegisterDay), binary),
            Month = Decode(ReadRegister(RegisterMonth), binary),
            Year = 2000 + Decode(ReadRegister(RegisterYear), binary),
        };
    }

    private static bool Same(WallClock a, WallClock b) =>
        a.Second == b.Second && a.Minute == b.Minute && a.Hour == b.Hour
        && a.Day == b.Day && a.Month == b.Month && a.Year == b.Year;

    private static int Decode(byte value, bool binary) => binary ? value : (value >> 4) * 10 + (value & 0x0F);

    private static byte ReadRegister(byte index)
    {
        Cpu.OutByte(IndexPort, (byte)(NmiDisable | index));
        return Cpu.InByte(DataPort);
    }
}
