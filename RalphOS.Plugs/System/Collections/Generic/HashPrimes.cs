// HashPrimes: table sizes for Dictionary and HashSet. Prime bucket counts spread keys whose
// hash codes share factors (e.g. multiples of 8) over all buckets.
using Internal.Runtime;

namespace System.Collections.Generic;

internal static class HashPrimes
{
    private const int SmallestSize = 3;
    // The largest prime below Array.MaxLength (.NET's HashHelpers.MaxPrimeArrayLength).
    private const int MaxPrimeArrayLength = 0x7FFFFFC3;

    // The smallest prime >= min (at least 3).
    public static int AtLeast(int min)
    {
        if (min < SmallestSize)
            return SmallestSize;
        for (int candidate = min | 1; candidate < int.MaxValue; candidate += 2)
        {
            if (IsPrime(candidate))
                return candidate;
        }
        return min;
    }

    // The size after growing from oldSize: the smallest prime >= twice it.
    public static int Expand(int oldSize)
    {
        if (oldSize >= MaxPrimeArrayLength / 2)
        {
            if (oldSize >= MaxPrimeArrayLength)
                Panic.Fail("hash table: capacity overflow");
            return MaxPrimeArrayLength;
        }
        return AtLeast(2 * oldSize);
    }

    private static bool IsPrime(int candidate)
    {
        if ((candidate & 1) == 0)
            return candidate == 2;
        for (int divisor = 3; divisor <= candidate / divisor; divisor += 2)
        {
            if (candidate % divisor == 0)
                return false;
        }
        return true;
    }
}
