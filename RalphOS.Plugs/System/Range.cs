// System.Range: a start and an end Index (`1..^1`, `..3`, `2..`). The C# compiler builds
// one for a range expression and, for arrays, calls RuntimeHelpers.GetSubArray; for strings
// and spans it calls GetOffsetAndLength-style arithmetic itself and then Substring or Slice.
namespace System;

public readonly struct Range : IEquatable<Range>
{
    public Range(Index start, Index end)
    {
        Start = start;
        End = end;
    }

    public Index Start { get; }

    public Index End { get; }

    public static Range All => new Range(Index.Start, Index.End);

    public static Range StartAt(Index start) => new Range(start, Index.End);

    public static Range EndAt(Index end) => new Range(Index.Start, end);

    /// <summary>The first offset and the count the range selects in a sequence of the given
    /// length; ArgumentOutOfRangeException when it does not fit, as on .NET.</summary>
    public (int Offset, int Length) GetOffsetAndLength(int length)
    {
        int start = Start.GetOffset(length);
        int end = End.GetOffset(length);
        if ((uint)end > (uint)length || (uint)start > (uint)end)
            throw new ArgumentOutOfRangeException(nameof(length));
        return (start, end - start);
    }

    public bool Equals(Range other) => Start.Equals(other.Start) && End.Equals(other.End);

    public override bool Equals(object value) => value is Range other && Equals(other);

    public override int GetHashCode() => Start.GetHashCode() * 31 + End.GetHashCode();

    public override string ToString() => $"{Start}..{End}";
}
