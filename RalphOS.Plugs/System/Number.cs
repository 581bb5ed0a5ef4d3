// Number: integers to text for the primitive types' ToString() (formats:
// Number.Formatting.cs; parsing: Number.Parsing.cs). The digit algorithms are in Internal.Numerics
// (IntegerFormatter, IntegerParser), tested on the host against .NET; this file turns
// their character buffers into strings.
using Internal.Numerics;

namespace System;

internal static unsafe partial class Number
{
    public static string Int64ToString(long value)
    {
        char* buffer = stackalloc char[IntegerFormatter.MaxDecimalChars];
        return new string(buffer, 0, IntegerFormatter.FormatInt64(value, buffer));
    }

    public static string UInt64ToString(ulong value)
    {
        char* buffer = stackalloc char[IntegerFormatter.MaxDecimalChars];
        return new string(buffer, 0, IntegerFormatter.FormatUInt64(value, buffer));
    }

    public static string UInt64ToHex(ulong value) => Hex(value, -1, HexCase.Upper);
}
