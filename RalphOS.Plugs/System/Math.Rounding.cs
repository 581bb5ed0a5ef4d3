// Math: Floor, Ceiling, Truncate and Round, with the midpoint modes and a number of
// fractional digits as .NET does it (scale by a power of ten below 1e16, round, scale
// back; digits 0 to 15, else ArgumentOutOfRangeException).
using Internal.Numerics;

namespace System;

public static partial class Math
{
    private const int MaxRoundingDigits = 15;
    private const double RoundLimit = 1e16; // from here on every double is an integer

    private static readonly double[] PowersOf10 =
    {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    };

    public static double Floor(double d) => FloatMath.Floor(d);
    public static double Ceiling(double a) => FloatMath.Ceiling(a);
    public static double Truncate(double d) => FloatMath.Truncate(d);

    // Banker's rounding (to even), as Math.Round(double).
    public static double Round(double a) => FloatMath.Round(a);

    public static double Round(double value, int digits) => Round(value, digits, MidpointRounding.ToEven);

    public static double Round(double value, MidpointRounding mode) => Round(value, 0, mode);

    public static double Round(double value, int digits, MidpointRounding mode)
    {
        if ((uint)digits > MaxRoundingDigits)
            throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
        if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity)
            throw new ArgumentException($"The value '{(int)mode}' is not valid for this usage of the type MidpointRounding.", "mode");
        if (Abs(value) >= RoundLimit)
            return value;
        double power = PowersOf10[digits];
        value *= power;
        value = mode switch
        {
            MidpointRounding.ToEven => Round(value),
            MidpointRounding.AwayFromZero => RoundAwayFromZero(value),
            MidpointRounding.ToZero => Truncate(value),
            MidpointRounding.ToNegativeInfinity => Floor(value),
            _ => Ceiling(value),
        };
        return value / power;
    }

    // The fraction value - Truncate(value) is exact, so comparing it with 0.5 is too.
    private static double RoundAwayFromZero(double value)
    {
        double whole = Truncate(value);
        double fraction = value - whole;
        if (Abs(fraction) >= 0.5)
            whole += fraction > 0 ? 1 : -1;
        return whole;
    }
}
