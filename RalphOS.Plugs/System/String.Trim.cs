// Trimming white space from either end of a string.
namespace System;

public sealed partial class String
{
    public string Trim() => TrimRange(trimStart: true, trimEnd: true);
    public string TrimStart() => TrimRange(trimStart: true, trimEnd: false);
    public string TrimEnd() => TrimRange(trimStart: false, trimEnd: true);

    private string TrimRange(bool trimStart, bool trimEnd)
    {
        int start = 0;
        int end = _stringLength - 1;
        if (trimStart)
        {
            while (start <= end && IsTrimmable(this[start]))
                start++;
        }
        if (trimEnd)
        {
            while (end >= start && IsTrimmable(this[end]))
                end--;
        }
        int length = end - start + 1;
        if (length == _stringLength)
            return this;
        return length == 0 ? Empty : SubstringUnchecked(start, length);
    }

    // Space, tab, line breaks and the other ASCII/Latin-1 white space .NET trims.
    private static bool IsTrimmable(char c) => c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || c == '\u0085';

    internal unsafe string SubstringUnchecked(int start, int length)
    {
        fixed (char* source = &_firstChar)
            return new string(source, start, length);
    }
}
