// FatTimestamp: FAT's packed 16-bit date and time (FAT spec, "Date and Time Formats"):
// date = (year - 1980) << 9 | month << 5 | day; time = hour << 11 | minute << 5 | second / 2.
// FatVolume packs the clock's time with it; FatFileInfo unpacks for listings.
namespace RalphOS.Kernel.FileSystem.Fat;

public static class FatTimestamp
{
    private const int EpochYear = 1980;

    public static void Now(IFatClock clock, out ushort date, out ushort time)
    {
        int year = EpochYear, month = 1, day = 1, hour = 0, minute = 0, second = 0;
        clock?.GetDateTime(out year, out month, out day, out hour, out minute, out second);
        if (year < EpochYear || year > EpochYear + 127) year = EpochYear;
        if (month < 1 || month > 12) month = 1;
        if (day < 1 || day > 31) day = 1;
        date = (ushort)(((year - EpochYear) << 9) | (month << 5) | day);
        time = (ushort)(((hour & 31) << 11) | ((minute & 63) << 5) | ((second & 63) / 2));
    }

    public static int Year(ushort date) => EpochYear + (date >> 9);
    public static int Month(ushort date) => (date >> 5) & 15;
    public static int Day(ushort date) => date & 31;
    public static int Hour(ushort time) => time >> 11;
    public static int Minute(ushort time) => (time >> 5) & 63;
    public static int Second(ushort time) => (time & 31) * 2;

    /// <summary>"YYYY-MM-DD HH:MM" for listings.</summary>
    public static string Text(ushort date, ushort time)
    {
        string month = Month(date).ToString().PadLeft(2, '0'), day = Day(date).ToString().PadLeft(2, '0');
        string hour = Hour(time).ToString().PadLeft(2, '0'), minute = Minute(time).ToString().PadLeft(2, '0');
        return $"{Year(date)}-{month}-{day} {hour}:{minute}";
    }
}
