// Trimming white space, or the given characters, from either end of a string.
namespace System;

public sealed partial class String
{
    public string Trim() => TrimRange(trimStart: true, trimEnd: true);
    public string TrimStart() => TrimRange(trimStart: true, trimEnd: false);
    public string TrimEnd() => TrimRange(trimStart: false, trimEnd: true);

    public string Trim(char trimChar) => TrimRange(trimStart: true, trimEnd: true, new[] { trimChar });
    public string TrimStart(char trimChar) => TrimRange(trimStart: true, trimEnd: false, new[] { trimChar });
    public string TrimEnd(char trimChar) => TrimRange(trimStart: false, trimEnd: true, new[] { trimChar });

    // A null or empty trimChars trims white space, as .NET.
    public string Trim(params char[] trimChars) => TrimRange(trimStart: true, trimEnd: true, trimChars);
    public string TrimStart(params char[] trimChars) => TrimRange(trimStart: true, trimEnd: false, trimChars);
    public string TrimEnd(params char[] trimChars) => TrimRange(trimStart: false, trimEnd: true, trimChars);

    private string TrimRange(bool trimStart, bool trimEnd, char[] trimChars = null)
    {
        int start = 0;
        int end = _stringLength - 1;
        if (trimStart)
        {
            while (start <= end && IsTrimmable(this[start], trimChars))
                start++;
        }
        if (trimEnd)
        {
            while (end >= start && IsTrimmable(this[end], trimChars))
                end--;
        }
        int length = end - start + 1;
        if (length == _stringLength)
            return this;
        return length == 0 ? Empty : SubstringUnchecked(start, length);
    }

    // Space, tab, line breaks and the other ASCII/Latin-1 white space .NET trims.
    private static bool IsTrimmable(char c, char[] trimChars)
    {
        if (trimChars is null || trimChars.Length == 0)
            return IsTrimmable(c);
        for (int i = 0; i < trimChars.Length; i++)
        {
            if (trimChars[i] == c)
                return true;
        }
        return false;
    }

    private static bool IsTrimmable(char c) => c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u0085';

    internal unsafe string SubstringUnchecked(int start, int length)
    {
        fixed (char* source = &_firstChar)
            return new string(source, start, length);
    }
}
