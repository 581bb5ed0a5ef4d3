// Math: Min, Max, Clamp, MinMagnitude and MaxMagnitude for every primitive type, as .NET's:
// for floating point, Min/Max return NaN when either argument is NaN and order -0.0 below
// 0.0; Clamp with min greater than max is an ArgumentException naming both.
namespace System;

public static partial class Math
{
    public static byte Min(byte val1, byte val2) => val1 <= val2 ? val1 : val2;
    public static sbyte Min(sbyte val1, sbyte val2) => val1 <= val2 ? val1 : val2;
    public static short Min(short val1, short val2) => val1 <= val2 ? val1 : val2;
    public static ushort Min(ushort val1, ushort val2) => val1 <= val2 ? val1 : val2;
    public static int Min(int val1, int val2) => val1 <= val2 ? val1 : val2;
    public static uint Min(uint val1, uint val2) => val1 <= val2 ? val1 : val2;
    public static long Min(long val1, long val2) => val1 <= val2 ? val1 : val2;
    public static ulong Min(ulong val1, ulong val2) => val1 <= val2 ? val1 : val2;
    public static nint Min(nint val1, nint val2) => val1 <= val2 ? val1 : val2;
    public static nuint Min(nuint val1, nuint val2) => val1 <= val2 ? val1 : val2;
    public static byte Max(byte val1, byte val2) => val1 >= val2 ? val1 : val2;
    public static sbyte Max(sbyte val1, sbyte val2) => val1 >= val2 ? val1 : val2;
    public static short Max(short val1, short val2) => val1 >= val2 ? val1 : val2;
    public static ushort Max(ushort val1, ushort val2) => val1 >= val2 ? val1 : val2;
    public static int Max(int val1, int val2) => val1 >= val2 ? val1 : val2;
    public static uint Max(uint val1, uint val2) => val1 >= val2 ? val1 : val2;
    public static long Max(long val1, long val2) => val1 >= val2 ? val1 : val2;
    public static ulong Max(ulong val1, ulong val2) => val1 >= val2 ? val1 : val2;
    public static nint Max(nint val1, nint val2) => val1 >= val2 ? val1 : val2;
    public static nuint Max(nuint val1, nuint val2) => val1 >= val2 ? val1 : val2;

    public static double Min(double val1, double val2)
    {
        if (double.IsNaN(val1))
            return val1;
        if (double.IsNaN(val2))
            return val2;
        if (val1 == val2)
            return IsNegative(val1) ? val1 : val2;
        return val1 < val2 ? val1 : val2;
    }

    public static double Max(double val1, double val2)
    {
        if (double.IsNaN(val1))
            return val1;
        if (double.IsNaN(val2))
            return val2;
        if (val1 == val2)
            return IsNegative(val1) ? val2 : val1;
        return val1 > val2 ? val1 : val2;
    }

    public static float Min(float val1, float val2) => (float)Min((double)val1, val2);
    public static float Max(float val1, float val2) => (float)Max((double)val1, val2);

    // The argument with the smaller (larger) magnitude; on a tie, Min's (Max's) choice.
    public static double MinMagnitude(double x, double y)
    {
        double ax = Abs(x), ay = Abs(y);
        if (ax < ay || double.IsNaN(ax))
            return x;
        return ax == ay ? Min(x, y) : y;
    }

    public static double MaxMagnitude(double x, double y)
    {
        double ax = Abs(x), ay = Abs(y);
        if (ax > ay || double.IsNaN(ax))
            return x;
        return ax == ay ? Max(x, y) : y;
    }

    public static byte Clamp(byte value, byte min, byte max) => (byte)Clamp((long)value, min, max);
    public static sbyte Clamp(sbyte value, sbyte min, sbyte max) => (sbyte)Clamp((long)value, min, max);
    public static short Clamp(short value, short min, short max) => (short)Clamp((long)value, min, max);
    public static ushort Clamp(ushort value, ushort min, ushort max) => (ushort)Clamp((long)value, min, max);
    public static int Clamp(int value, int min, int max) => (int)Clamp((long)value, min, max);
    public static uint Clamp(uint value, uint min, uint max) => (uint)Clamp((long)value, min, max);
    public static nint Clamp(nint value, nint min, nint max) => (nint)Clamp((long)value, min, max);

    public static long Clamp(long value, long min, long max)
    {
        if (min > max)
            throw ClampRange(min, max);
        return value < min ? min : value > max ? max : value;
    }

    public static ulong Clamp(ulong value, ulong min, ulong max)
    {
        if (min > max)
            throw ClampRange(min, max);
        return value < min ? min : value > max ? max : value;
    }

    public static nuint Clamp(nuint value, nuint min, nuint max) => (nuint)Clamp((ulong)value, min, max);

    public static double Clamp(double value, double min, double max)
    {
        if (min > max)
            throw ClampRange(min, max);
        return value < min ? min : value > max ? max : value;
    }

    public static float Clamp(float value, float min, float max)
    {
        if (min > max)
            throw ClampRange(min, max);
        return value < min ? min : value > max ? max : value;
    }

    private static ArgumentException ClampRange(object min, object max) =>
        new ArgumentException($"'{min}' cannot be greater than {max}.");
}
