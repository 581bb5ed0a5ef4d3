// Splitting a string into pieces and joining pieces back together, as .NET: Split keeps
// empty pieces unless told otherwise (StringSplitOptions), a null or empty separator list
// splits at white space, and Join puts the separator between the pieces (null pieces are
// empty).
using System.Collections.Generic;
using Internal.Runtime;

namespace System;

public sealed partial class String
{
    public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) =>
        SplitCore(new[] { separator }, null, options);

    public string[] Split(params char[] separator) => SplitCore(separator, null, StringSplitOptions.None);

    public string[] Split(char[] separator, StringSplitOptions options) => SplitCore(separator, null, options);

    // A null or empty separator string means no split: the whole string is the one piece.
    public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) =>
        SplitCore(null, separator is null || separator._stringLength == 0 ? null : separator, options, splitAtWhiteSpace: false);

    private string[] SplitCore(char[] separators, string separatorString, StringSplitOptions options, bool splitAtWhiteSpace = true)
    {
        var pieces = new List<string>();
        int start = 0;
        int i = 0;
        while (i < _stringLength)
        {
            int matchLength = MatchSeparator(i, separators, separatorString, splitAtWhiteSpace);
            if (matchLength == 0)
            {
                i++;
                continue;
            }
            AddPiece(pieces, start, i - start, options);
            i += matchLength;
            start = i;
        }
        AddPiece(pieces, start, _stringLength - start, options);
        return pieces.ToArray();
    }

    // The length of the separator at index, or 0 when there is none.
    private int MatchSeparator(int index, char[] separators, string separatorString, bool splitAtWhiteSpace)
    {
        if (separatorString != null)
            return separatorString._stringLength <= _stringLength - index && MatchesAt(index, separatorString) ? separatorString._stringLength : 0;
        if (!splitAtWhiteSpace)
            return 0;
        char c = this[index];
        if (separators is null || separators.Length == 0)
            return char.IsWhiteSpace(c) ? 1 : 0;
        for (int j = 0; j < separators.Length; j++)
        {
            if (separators[j] == c)
                return 1;
        }
        return 0;
    }

    private void AddPiece(List<string> pieces, int start, int length, StringSplitOptions options)
    {
        string piece = Substring(start, length);
        if ((options & StringSplitOptions.TrimEntries) != 0)
            piece = piece.Trim();
        if ((options & StringSplitOptions.RemoveEmptyEntries) != 0 && piece._stringLength == 0)
            return;
        pieces.Add(piece);
    }

    public static string Join(string separator, params string[] value)
    {
        if (value is null)
            throw new ArgumentNullException(nameof(value));
        return JoinCore(separator, value, 0, value.Length);
    }

    // count strings of value from startIndex on (without this overload a call with these
    // arguments binds to Join(string, params object[]) and joins the numbers too).
    public static string Join(string separator, string[] value, int startIndex, int count)
    {
        if (value is null)
            throw new ArgumentNullException(nameof(value));
        if (startIndex < 0)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than the size of the collection.");
        if (count < 0)
            throw new ArgumentOutOfRangeException(nameof(count), "Count cannot be less than zero.");
        if (startIndex > value.Length - count)
            throw new ArgumentOutOfRangeException(nameof(startIndex), "Index and count must refer to a location within the buffer.");
        return JoinCore(separator, value, startIndex, count);
    }

    public static string Join(char separator, params string[] value) => Join(new string(separator, 1), value);

    public static string Join(string separator, IEnumerable<string> values)
    {
        if (values is null)
            throw new ArgumentNullException(nameof(values));
        if (values is string[] array)
            return JoinCore(separator, array, 0, array.Length);
        var builder = new System.Text.StringBuilder();
        bool first = true;
        foreach (string value in values)
        {
            if (!first)
                builder.Append(separator);
            builder.Append(value);
            first = false;
        }
        return builder.ToString();
    }

    // Each value's ToString() (null as empty), as .NET's Join<T>.
    public static string Join<T>(string separator, IEnumerable<T> values)
    {
        var builder = new System.Text.StringBuilder();
        bool first = true;
        foreach (T value in values)
        {
            if (!first)
                builder.Append(separator);
            builder.Append(value?.ToString());
            first = false;
        }
        return builder.ToString();
    }

    public static string Join(string separator, params object[] values) => Join<object>(separator, values);

    private static string JoinCore(string separator, string[] values, int start, int count)
    {
        if (count == 0)
            return Empty;
        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
                builder.Append(separator);
            builder.Append(values[start + i]);
        }
        return builder.ToString();
    }
}
