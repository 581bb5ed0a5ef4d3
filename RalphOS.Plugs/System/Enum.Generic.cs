// System.Enum's static members: GetName, GetNames, GetValues, IsDefined, Parse and TryParse,
// generic over the enum type as .NET 5+ has them, plus GetNames(Type), GetName(Type, object)
// and IsDefined(Type, object). Names and values come in value order (EnumInfo). Parsing
// takes a name, a comma-separated list of names (their values OR-ed, as .NET does for any
// enum) or a number, trimmed, optionally ignoring case; a miss is ArgumentException.
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.Reflection;

namespace System;

public abstract unsafe partial class Enum
{
    public static string GetName<TEnum>(TEnum value) where TEnum : struct, Enum => InfoOf<TEnum>().NameOf(BitsOf(value));

    public static string[] GetNames<TEnum>() where TEnum : struct, Enum => CopyOf(InfoOf<TEnum>().Names);

    public static TEnum[] GetValues<TEnum>() where TEnum : struct, Enum
    {
        ulong[] values = InfoOf<TEnum>().Values;
        var result = new TEnum[values.Length];
        for (int i = 0; i < values.Length; i++)
            result[i] = FromBits<TEnum>(values[i]);
        return result;
    }

    public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => InfoOf<TEnum>().NameOf(BitsOf(value)) != null;

    public static string[] GetNames(Type enumType) => CopyOf(InfoOf(enumType).Names);

    public static string GetName(Type enumType, object value) => InfoOf(enumType).NameOf(BitsOfObject(InfoOf(enumType), value));

    public static bool IsDefined(Type enumType, object value)
    {
        EnumInfo info = InfoOf(enumType);
        if (value is string name)
            return Array.IndexOf(info.Names, name) >= 0;
        return info.NameOf(BitsOfObject(info, value)) != null;
    }

    public static TEnum Parse<TEnum>(string value) where TEnum : struct, Enum => Parse<TEnum>(value, false);

    public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct, Enum
    {
        if (value == null)
            throw new ArgumentNullException(nameof(value));
        EnumParseResult result = EnumParser.Parse(InfoOf<TEnum>(), value, ignoreCase, out ulong bits);
        if (result == EnumParseResult.Empty)
            throw new ArgumentException("Must specify valid information for parsing in the string.", nameof(value));
        if (result == EnumParseResult.Overflow)
            throw new OverflowException("Value was either too large or too small for the enum's underlying type.");
        if (result == EnumParseResult.NotFound)
            throw new ArgumentException($"Requested value '{value}' was not found.");
        return FromBits<TEnum>(bits);
    }

    public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct, Enum => TryParse(value, false, out result);

    public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct, Enum
    {
        result = default;
        if (value == null || EnumParser.Parse(InfoOf<TEnum>(), value, ignoreCase, out ulong bits) != EnumParseResult.Parsed)
            return false;
        result = FromBits<TEnum>(bits);
        return true;
    }

    private static EnumInfo InfoOf<TEnum>() => EnumInfo.Of(MethodTable.Of<TEnum>());

    private static EnumInfo InfoOf(Type enumType)
    {
        if (enumType == null)
            throw new ArgumentNullException(nameof(enumType));
        EnumInfo info = EnumInfo.Of((MethodTable*)enumType.TypeHandle.Value);
        return info ?? throw new ArgumentException("Type provided must be an Enum.", nameof(enumType));
    }

    // A boxed enum of the type, or a boxed integer, as the enum's bits.
    private static ulong BitsOfObject(EnumInfo info, object value)
    {
        if (value == null)
            throw new ArgumentNullException(nameof(value));
        MethodTable* type = value.GetMethodTable();
        if (!type->IsValueType || type->ValueTypeDataSize > sizeof(ulong) || (value is not Enum && !IsInteger(value)))
            throw new ArgumentException("The value passed in must be an enum base or an underlying type for an enum, such as an Int32.", nameof(value));
        return ReadBits(ref Unsafe.As<RawData>(value).Data, (int)type->ValueTypeDataSize);
    }

    private static bool IsInteger(object value) =>
        value is int || value is uint || value is long || value is ulong || value is short || value is ushort || value is byte || value is sbyte;

    private static ulong BitsOf<TEnum>(TEnum value) => ReadBits(ref Unsafe.As<TEnum, byte>(ref value), Unsafe.SizeOf<TEnum>());

    // Little-endian: the low bytes of the 64-bit value are the enum's value.
    private static TEnum FromBits<TEnum>(ulong bits) => Unsafe.As<ulong, TEnum>(ref bits);

    private static string[] CopyOf(string[] names)
    {
        var copy = new string[names.Length];
        Array.Copy(names, copy, names.Length);
        return copy;
    }
}
