// Xoshiro256: the xoshiro256** generator (Blackman and Vigna, "Scrambled linear
// pseudorandom number generators", 2018): 256 bits of state, period 2^256 - 1, passes the
// BigCrush and PractRand batteries. The state is seeded through SplitMix64 (Steele, Lea and
// Flood, 2014), which turns any 64-bit seed, zero included, into a well-mixed non-zero
// state. System.Random draws every value from it.
namespace Internal.Numerics;

internal struct Xoshiro256
{
    private const ulong GoldenGamma = 0x9E3779B97F4A7C15; // SplitMix64's increment
    private const ulong MixMultiplier1 = 0xBF58476D1CE4E5B9;
    private const ulong MixMultiplier2 = 0x94D049BB133111EB;

    private ulong _s0, _s1, _s2, _s3;

    public Xoshiro256(ulong seed)
    {
        _s0 = SplitMix(ref seed);
        _s1 = SplitMix(ref seed);
        _s2 = SplitMix(ref seed);
        _s3 = SplitMix(ref seed);
    }

    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong shifted = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= shifted;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    // Uniform in [0, bound) without modulo bias: Lemire's multiply-and-shift ("Fast Random
    // Integer Generation in an Interval", 2019), redrawing in the rare biased low band.
    public ulong NextBelow(ulong bound)
    {
        if (bound == 0)
            return 0;
        ulong threshold = (0 - bound) % bound;
        while (true)
        {
            ulong low = WideMath.Multiply(NextUInt64(), bound, out ulong high);
            if (low >= threshold)
                return high;
        }
    }

    // Mixes a seed into one output of SplitMix64 and advances it.
    public static ulong SplitMix(ref ulong state)
    {
        state += GoldenGamma;
        ulong z = state;
        z = (z ^ (z >> 30)) * MixMultiplier1;
        z = (z ^ (z >> 27)) * MixMultiplier2;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong value, int count) => (value << count) | (value >> (64 - count));
}
