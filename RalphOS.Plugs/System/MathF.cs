// MathF: the single-precision counterparts of Math. Each function computes in double (whose
// result is within an ulp or two of the true value, far below a float's ulp) and rounds
// once to float, so results are the correctly rounded float but for values within 2^-29
// of a midpoint; Sqrt is exact this way.
namespace System;

public static class MathF
{
    public const float E = 2.71828183f;
    public const float PI = 3.14159265f;
    public const float Tau = 6.283185307f;

    private const int MaxRoundingDigits = 6;
    private const float RoundLimit = 1e8f; // from here on every float is an integer

    private static readonly float[] PowersOf10 = { 1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f };

    public static float Abs(float x) => Math.Abs(x);
    public static float Sign(float x) => Math.Sign(x);
    public static float Min(float x, float y) => Math.Min(x, y);
    public static float Max(float x, float y) => Math.Max(x, y);
    public static float MinMagnitude(float x, float y) => (float)Math.MinMagnitude(x, y);
    public static float MaxMagnitude(float x, float y) => (float)Math.MaxMagnitude(x, y);
    public static float CopySign(float x, float y) => (float)Math.CopySign(x, y);
    public static float Floor(float x) => (float)Math.Floor(x);
    public static float Ceiling(float x) => (float)Math.Ceiling(x);
    public static float Truncate(float x) => (float)Math.Truncate(x);
    public static float Round(float x) => (float)Math.Round(x);
    public static float Round(float x, int digits) => Round(x, digits, MidpointRounding.ToEven);
    public static float Round(float x, MidpointRounding mode) => (float)Math.Round(x, mode);

    // Scaled in float arithmetic, as .NET's (2.345f * 100 is 234.5f, which rounds to even).
    public static float Round(float x, int digits, MidpointRounding mode)
    {
        if ((uint)digits > MaxRoundingDigits)
            throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 6, inclusive.");
        if (Abs(x) >= RoundLimit)
            return x;
        float power = PowersOf10[digits];
        float scaled = x * power;
        return (float)Math.Round(scaled, mode) / power;
    }
    public static float Sqrt(float x) => (float)Math.Sqrt(x);
    public static float Cbrt(float x) => (float)Math.Cbrt(x);
    public static float Pow(float x, float y) => (float)Math.Pow(x, y);
    public static float Exp(float x) => (float)Math.Exp(x);
    public static float Log(float x) => (float)Math.Log(x);
    public static float Log(float x, float y) => (float)Math.Log(x, y);
    public static float Log2(float x) => (float)Math.Log2(x);
    public static float Log10(float x) => (float)Math.Log10(x);
    public static float Sin(float x) => (float)Math.Sin(x);
    public static float Cos(float x) => (float)Math.Cos(x);
    public static float Tan(float x) => (float)Math.Tan(x);
    public static (float Sin, float Cos) SinCos(float x) => (Sin(x), Cos(x));
    public static float Asin(float x) => (float)Math.Asin(x);
    public static float Acos(float x) => (float)Math.Acos(x);
    public static float Atan(float x) => (float)Math.Atan(x);
    public static float Atan2(float y, float x) => (float)Math.Atan2(y, x);
    public static float Sinh(float x) => (float)Math.Sinh(x);
    public static float Cosh(float x) => (float)Math.Cosh(x);
    public static float Tanh(float x) => (float)Math.Tanh(x);
    public static float Asinh(float x) => (float)Math.Asinh(x);
    public static float Acosh(float x) => (float)Math.Acosh(x);
    public static float Atanh(float x) => (float)Math.Atanh(x);
    public static float FusedMultiplyAdd(float x, float y, float z) => (float)((double)x * y + z);
    public static float ScaleB(float x, int n) => (float)Math.ScaleB(x, Math.Clamp(n, -400, 400));
    public static int ILogB(float x) => Math.ILogB(x);

    public static float BitIncrement(float x)
    {
        int bits = BitConverter.SingleToInt32Bits(x);
        if (float.IsNaN(x) || x == float.PositiveInfinity)
            return x;
        if (bits == int.MinValue)
            return float.Epsilon;
        return BitConverter.Int32BitsToSingle(bits < 0 ? bits - 1 : bits + 1);
    }

    public static float BitDecrement(float x)
    {
        int bits = BitConverter.SingleToInt32Bits(x);
        if (float.IsNaN(x) || x == float.NegativeInfinity)
            return x;
        if (bits == 0)
            return -float.Epsilon;
        return BitConverter.Int32BitsToSingle(bits < 0 ? bits + 1 : bits - 1);
    }
}
