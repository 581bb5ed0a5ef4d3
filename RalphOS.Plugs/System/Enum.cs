// System.Enum: base of all enums. A boxed enum formats with its constant's name, as on .NET
// (ToString, and "G", "D", "X" and "F" formats; a [Flags] enum lists the names of a
// combination), compares by value (Equals, GetHashCode, CompareTo, HasFlag). The names come
// from the metadata ILC embeds (EnumInfo). Enum.Generic.cs has the static
// GetNames/GetValues/IsDefined/Parse family.
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.Reflection;

namespace System;

public abstract unsafe partial class Enum : ValueType, IComparable, IFormattable
{
    public override string ToString() => Format(Info, Bits, null);

    public string ToString(string format) => Format(Info, Bits, format);

    // IFormattable, so interpolation holes with a format (`{color:D}`) reach Format; an enum's
    // text does not depend on the culture.
    public string ToString(string format, IFormatProvider provider) => Format(Info, Bits, format);

    public override bool Equals(object obj) => obj is Enum other && other.GetMethodTable() == GetMethodTable() && other.Bits == Bits;

    public override int GetHashCode() => Bits.GetHashCode();

    public int CompareTo(object target)
    {
        if (target == null)
            return 1;
        if (target is not Enum other || other.GetMethodTable() != GetMethodTable())
            throw new ArgumentException($"Object must be the same type as the enum. The type passed in was '{target.GetType()}'; the enum type was '{GetType()}'.");
        EnumInfo info = Info;
        return info.IsSigned ? info.AsSigned(Bits).CompareTo(info.AsSigned(other.Bits)) : Bits.CompareTo(other.Bits);
    }

    public bool HasFlag(Enum flag)
    {
        if (flag == null)
            throw new ArgumentNullException(nameof(flag));
        if (flag.GetMethodTable() != GetMethodTable())
            throw new ArgumentException($"The argument type, '{flag.GetType()}', is not the same as the enum type '{GetType()}'.");
        ulong bits = flag.Bits;
        return (Bits & bits) == bits;
    }

    private EnumInfo Info => EnumInfo.Of(GetMethodTable());

    // The boxed value's bits, zero-extended from the enum's size.
    private ulong Bits => ReadBits(ref Unsafe.As<RawData>(this).Data, (int)GetMethodTable()->ValueTypeDataSize);

    internal static ulong ReadBits(ref byte data, int size) => size switch
    {
        1 => data,
        2 => Unsafe.As<byte, ushort>(ref data),
        4 => Unsafe.As<byte, uint>(ref data),
        _ => Unsafe.As<byte, ulong>(ref data),
    };

    internal static string Format(EnumInfo info, ulong bits, string format)
    {
        if (string.IsNullOrEmpty(format) || format == "G" || format == "g")
            return info.IsFlags ? FormatFlags(info, info.Truncate(bits)) : info.NameOf(bits) ?? info.FormatNumber(bits);
        if (format == "D" || format == "d")
            return info.FormatNumber(bits);
        if (format == "X" || format == "x")
            return info.Truncate(bits).ToString(format == "X" ? $"X{info.Size * 2}" : $"x{info.Size * 2}");
        if (format == "F" || format == "f")
            return FormatFlags(info, info.Truncate(bits));
        throw new FormatException("Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
    }

    // The names whose bits make up the value, greatest value first taken, listed in value
    // order; the number when some bits have no name (as .NET's flags formatting).
    private static string FormatFlags(EnumInfo info, ulong bits)
    {
        string exact = info.NameOf(bits);
        if (exact != null || bits == 0)
            return exact ?? "0";
        ulong remaining = bits;
        string result = null;
        for (int i = info.Values.Length - 1; i >= 0 && remaining != 0; i--)
        {
            ulong value = info.Values[i];
            if (value == 0 || (remaining & value) != value)
                continue;
            remaining &= ~value;
            result = result == null ? info.Names[i] : $"{info.Names[i]}, {result}";
        }
        return remaining == 0 ? result : info.FormatNumber(bits);
    }
}
