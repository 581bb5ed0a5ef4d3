// DateTime and the clock: UtcNow reads the platform's wall clock (Internal.Runtime.
// PlatformClock, which the kernel fills from the CMOS real-time clock and the timer), and
// local time is universal time: Ralph OS has no time-zone database, its zone is UTC.
using Internal.Runtime;

namespace System;

public readonly partial struct DateTime
{
    public static DateTime UtcNow => new DateTime(PlatformClock.UtcTicks, DateTimeKind.Utc);
    public static DateTime Now => new DateTime(PlatformClock.UtcTicks, DateTimeKind.Local);
    public static DateTime Today => Now.Date;

    // Local time and UTC coincide, so conversion only changes the kind; an unspecified time
    // counts as local for ToUniversalTime and as universal for ToLocalTime, as .NET's.
    public DateTime ToUniversalTime() => Kind == DateTimeKind.Utc ? this : new DateTime(Ticks, DateTimeKind.Utc);
    public DateTime ToLocalTime() => Kind == DateTimeKind.Local ? this : new DateTime(Ticks, DateTimeKind.Local);

    public bool IsDaylightSavingTime() => false;
}
