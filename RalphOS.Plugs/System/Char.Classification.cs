// Char classification and case mapping (IsDigit, IsLetter, IsWhiteSpace, IsUpper, IsLower,
// ToUpperInvariant, ToLowerInvariant and ASCII helpers), with .NET's answers for ASCII and
// Latin-1 (U+0000..U+00FF). Beyond Latin-1 there are no Unicode tables yet: IsWhiteSpace
// knows every Unicode space, the letter, digit and case predicates answer false and the
// case mappings return the character unchanged (except U+0178, the uppercase of U+00FF).
namespace System;

public partial struct Char
{
    public const char MaxValue = '\uFFFF';
    public const char MinValue = '\0';

    // Latin-1 code points with special cases (Unicode's UnicodeData.txt).
    private const char MicroSign = '\u00B5';            // Ll; uppercase is U+039C
    private const char GreekCapitalMu = '\u039C';
    private const char FeminineOrdinal = '\u00AA';      // Lo (a letter, neither case)
    private const char MasculineOrdinal = '\u00BA';     // Lo
    private const char SharpS = '\u00DF';               // Ll; no single-char uppercase
    private const char MultiplicationSign = '\u00D7';   // Sm, between the capital letters
    private const char DivisionSign = '\u00F7';         // Sm, between the small letters
    private const char SmallYDiaeresis = '\u00FF';      // Ll; uppercase is U+0178
    private const char CapitalYDiaeresis = '\u0178';
    private const int LatinCaseOffset = 0x20;

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    public static bool IsAsciiHexDigit(char c) => IsAsciiDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    public static bool IsAscii(char c) => c <= '\x7F';

    public static bool IsUpper(char c)
    {
        if (c < 0x80)
            return (uint)(c - 'A') <= 'Z' - 'A';
        return c >= '\u00C0' && c <= '\u00DE' && c != MultiplicationSign;
    }

    public static bool IsLower(char c)
    {
        if (c < 0x80)
            return (uint)(c - 'a') <= 'z' - 'a';
        return c == MicroSign || (c >= SharpS && c <= SmallYDiaeresis && c != DivisionSign);
    }

    public static bool IsLetter(char c) =>
        IsUpper(c) || IsLower(c) || c == FeminineOrdinal || c == MasculineOrdinal;

    public static bool IsLetterOrDigit(char c) => IsLetter(c) || IsDigit(c);

    // Unicode categories Zs, Zl, Zp plus the controls U+0009..U+000D and U+0085, as .NET.
    public static bool IsWhiteSpace(char c)
    {
        if (c <= '\u00FF')
            return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u0085';
        return c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029'
            || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    public static bool IsControl(char c) => c < 0x20 || (c >= '\x7F' && c < '\u00A0');

    public static char ToUpperInvariant(char c)
    {
        if (c < 0x80)
            return (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - LatinCaseOffset) : c;
        if (c == MicroSign)
            return GreekCapitalMu;
        if (c == SmallYDiaeresis)
            return CapitalYDiaeresis;
        if (c > SharpS && c < SmallYDiaeresis && c != DivisionSign)
            return (char)(c - LatinCaseOffset);
        return c;
    }

    public static char ToLowerInvariant(char c)
    {
        if (c < 0x80)
            return (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c + LatinCaseOffset) : c;
        if (c == CapitalYDiaeresis)
            return SmallYDiaeresis;
        if (IsUpper(c))
            return (char)(c + LatinCaseOffset);
        return c;
    }

    public static char ToUpper(char c) => ToUpperInvariant(c);

    public static char ToLower(char c) => ToLowerInvariant(c);

    public override string ToString() => new string(_value, 1);

    public static string ToString(char c) => new string(c, 1);
}
