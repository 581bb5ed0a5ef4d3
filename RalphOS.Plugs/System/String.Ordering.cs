// String ordering and comparison kinds: CompareTo, Compare, Equals with a StringComparison,
// and the IEquatable<string>/IComparable<string> implementations that let
// Dictionary<string, ...>, List<string>.Sort and Array.Sort compare strings directly.
//
// Ordering is ordinal (by UTF-16 code unit). .NET's CompareTo and Compare are
// culture-sensitive by default, but with InvariantGlobalization (our host test setting) .NET
// also compares ordinally and returns the same values as here: the difference of the first
// differing code units, or of the lengths. The *IgnoreCase kinds compare
// ToUpperInvariant of each code unit (ASCII and Latin-1 letters; see Char.Classification.cs).
namespace System;

public sealed partial class String : IEquatable<string>, IComparable<string>, IComparable
{
    // Null sorts before every string.
    public int CompareTo(string strB) => CompareOrdinal(this, strB);

    public int CompareTo(object value)
    {
        if (value == null)
            return 1;
        if (value is string other)
            return CompareOrdinal(this, other);
        Internal.Runtime.Panic.Fail("CompareTo: object must be of type String");
        return 0;
    }

    public static int Compare(string strA, string strB) => CompareOrdinal(strA, strB);

    public static int Compare(string strA, string strB, StringComparison comparisonType) =>
        IgnoresCase(comparisonType) ? CompareIgnoringCase(strA, strB) : CompareOrdinal(strA, strB);

    public static int Compare(string strA, string strB, bool ignoreCase) =>
        ignoreCase ? CompareIgnoringCase(strA, strB) : CompareOrdinal(strA, strB);

    public bool Equals(string value, StringComparison comparisonType) => Equals(this, value, comparisonType);

    public static bool Equals(string a, string b, StringComparison comparisonType)
    {
        if (!IgnoresCase(comparisonType))
            return Equals(a, b);
        if ((object)a == b)
            return true;
        if (a is null || b is null || a.Length != b.Length)
            return false;
        return CompareIgnoringCase(a, b) == 0;
    }

    public bool StartsWith(string value, StringComparison comparisonType) =>
        value != null && value.Length <= Length && Compare(Substring(0, value.Length), value, comparisonType) == 0;

    public bool EndsWith(string value, StringComparison comparisonType) =>
        value != null && value.Length <= Length && Compare(Substring(Length - value.Length), value, comparisonType) == 0;

    private static bool IgnoresCase(StringComparison comparisonType) =>
        comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase
        || comparisonType == StringComparison.InvariantCultureIgnoreCase;

    private static int CompareIgnoringCase(string a, string b)
    {
        if ((object)a == b)
            return 0;
        if (a is null)
            return -1;
        if (b is null)
            return 1;
        int length = a.Length < b.Length ? a.Length : b.Length;
        for (int i = 0; i < length; i++)
        {
            char x = char.ToUpperInvariant(a[i]);
            char y = char.ToUpperInvariant(b[i]);
            if (x != y)
                return x - y;
        }
        return a.Length - b.Length;
    }
}
