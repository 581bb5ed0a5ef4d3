// The generator behind RND and RANDOMIZE: xorshift64* (Marsaglia's xorshift with a
// multiplicative output step), returning doubles in [0, 1). Deterministic per seed so
// programs and tests are reproducible until RANDOMIZE.
namespace RalphOS.Basic.Runtime;

public sealed class Prng
{
    private const ulong DefaultSeed = 0x9E3779B97F4A7C15UL;
    private const ulong OutputMultiplier = 0x2545F4914F6CDD1DUL;
    private ulong _state = DefaultSeed;
    private double _last;

    public void Seed(double seed)
    {
        long bits = (long)(seed * 1000003.0);
        _state = DefaultSeed ^ (ulong)bits;
        if (_state == 0) _state = DefaultSeed;
    }

    /// <summary>RND(x): x &lt; 0 reseeds from x, x = 0 repeats the last value, else the next.</summary>
    public double Next(double x)
    {
        if (x < 0) Seed(x);
        if (x == 0 && _last != 0) return _last;
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        ulong r = _state * OutputMultiplier;
        _last = (r >> 11) * (1.0 / 9007199254740992.0);
        return _last;
    }
}
