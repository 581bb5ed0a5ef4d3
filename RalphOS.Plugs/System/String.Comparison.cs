// String equality, ordering and hashing (ordinal: code unit by code unit).
namespace System;

public sealed unsafe partial class String
{
    public static bool operator ==(string a, string b) => Equals(a, b);
    public static bool operator !=(string a, string b) => !Equals(a, b);

    public static bool Equals(string a, string b)
    {
        if ((object)a == b)
            return true;
        if (a is null || b is null || a._stringLength != b._stringLength)
            return false;
        fixed (char* pa = &a._firstChar, pb = &b._firstChar)
        {
            for (int i = 0; i < a._stringLength; i++)
            {
                if (pa[i] != pb[i])
                    return false;
            }
        }
        return true;
    }

    public bool Equals(string value) => Equals(this, value);

    public override bool Equals(object obj) => obj is string other && Equals(this, other);

    // Negative, zero or positive as a sorts before, with or after b by UTF-16 code unit.
    public static int CompareOrdinal(string a, string b)
    {
        if ((object)a == b)
            return 0;
        if (a is null)
            return -1;
        if (b is null)
            return 1;
        int length = a._stringLength < b._stringLength ? a._stringLength : b._stringLength;
        fixed (char* pa = &a._firstChar, pb = &b._firstChar)
        {
            for (int i = 0; i < length; i++)
            {
                if (pa[i] != pb[i])
                    return pa[i] - pb[i];
            }
        }
        return a._stringLength - b._stringLength;
    }

    // FNV-1a over the code units: deterministic across boots (no randomized seed).
    public override int GetHashCode()
    {
        const uint FnvOffsetBasis = 2166136261;
        const uint FnvPrime = 16777619;
        uint hash = FnvOffsetBasis;
        fixed (char* p = &_firstChar)
        {
            for (int i = 0; i < _stringLength; i++)
                hash = (hash ^ p[i]) * FnvPrime;
        }
        return (int)hash;
    }
}
