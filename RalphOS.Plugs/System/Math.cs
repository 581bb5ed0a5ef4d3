// Math: constants, Abs and Sign for every primitive type, with .NET's semantics: Abs of
// the most negative integer is an OverflowException, Sign of NaN an ArithmeticException;
// Abs of a floating-point value clears the sign bit (Abs(-0.0) is 0.0, NaN stays NaN).
// Min/Max/Clamp are in Math.MinMax.cs, integer helpers in Math.Integers.cs, the
// floating-point functions in Math.Functions.cs and Math.Rounding.cs.
namespace System;

public static partial class Math
{
    public const double PI = 3.14159265358979323846;
    public const double E = 2.7182818284590452354;
    public const double Tau = 6.283185307179586476925;

    public static sbyte Abs(sbyte value) => value == sbyte.MinValue ? throw NegateMinimum() : value < 0 ? (sbyte)-value : value;
    public static short Abs(short value) => value == short.MinValue ? throw NegateMinimum() : value < 0 ? (short)-value : value;
    public static int Abs(int value) => value == int.MinValue ? throw NegateMinimum() : value < 0 ? -value : value;
    public static long Abs(long value) => value == long.MinValue ? throw NegateMinimum() : value < 0 ? -value : value;
    public static nint Abs(nint value) => value == unchecked((nint)long.MinValue) ? /* 64-bit only */ throw NegateMinimum() : value < 0 ? -value : value;

    public static double Abs(double value) =>
        BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(value) & 0x7FFFFFFFFFFFFFFFUL);

    public static float Abs(float value) =>
        BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(value) & 0x7FFFFFFF);

    public static int Sign(sbyte value) => value > 0 ? 1 : value < 0 ? -1 : 0;
    public static int Sign(short value) => value > 0 ? 1 : value < 0 ? -1 : 0;
    public static int Sign(int value) => value > 0 ? 1 : value < 0 ? -1 : 0;
    public static int Sign(long value) => value > 0 ? 1 : value < 0 ? -1 : 0;
    public static int Sign(nint value) => value > 0 ? 1 : value < 0 ? -1 : 0;

    public static int Sign(double value)
    {
        if (double.IsNaN(value))
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        return value > 0 ? 1 : value < 0 ? -1 : 0;
    }

    public static int Sign(float value) => Sign((double)value);

    private static OverflowException NegateMinimum() =>
        new OverflowException("Negating the minimum value of a twos complement number is invalid.");

    private static bool IsNegative(double value) => BitConverter.DoubleToInt64Bits(value) < 0;
}
