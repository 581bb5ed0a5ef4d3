// System.Random: pseudo-random numbers with .NET's API and ranges (Next in [0, int.MaxValue),
// Next(max), Next(min, max), NextInt64, NextDouble and NextSingle in [0, 1), NextBytes,
// Shuffle, Shared). Every value comes from xoshiro256** (Internal.Numerics.Xoshiro256): a
// seeded Random repeats its sequence, though not .NET's sequence for the same seed (the
// issue does not ask for that); an unseeded one mixes the clock with a counter of instances.
using Internal.Numerics;
using Internal.Runtime;

namespace System;

public class Random
{
    private static ulong _instanceCounter;
    private static Random _shared;

    private Xoshiro256 _generator;

    public Random()
    {
        ulong entropy = (ulong)PlatformClock.Timestamp ^ ((ulong)PlatformClock.UtcTicks << 1);
        _instanceCounter++;
        ulong counter = _instanceCounter;
        _generator = new Xoshiro256(entropy ^ Xoshiro256.SplitMix(ref counter));
    }

    public Random(int Seed) => _generator = new Xoshiro256((ulong)(long)Seed);

    // One generator for callers that need no sequence of their own.
    public static Random Shared => _shared ??= new Random();

    public virtual int Next()
    {
        while (true)
        {
            int value = (int)(_generator.NextUInt64() >> 33);
            if (value != int.MaxValue)
                return value;
        }
    }

    public virtual int Next(int maxValue)
    {
        if (maxValue < 0)
            throw new ArgumentOutOfRangeException("maxValue", maxValue, "'maxValue' must be a non-negative value.");
        return (int)_generator.NextBelow((ulong)maxValue);
    }

    public virtual int Next(int minValue, int maxValue)
    {
        if (minValue > maxValue)
            throw new ArgumentOutOfRangeException("minValue", minValue, "'minValue' cannot be greater than maxValue.");
        return (int)((long)minValue + (long)_generator.NextBelow((ulong)((long)maxValue - minValue)));
    }

    public virtual long NextInt64()
    {
        while (true)
        {
            long value = (long)(_generator.NextUInt64() >> 1);
            if (value != long.MaxValue)
                return value;
        }
    }

    public virtual long NextInt64(long maxValue)
    {
        if (maxValue < 0)
            throw new ArgumentOutOfRangeException("maxValue", maxValue, "'maxValue' must be a non-negative value.");
        return (long)_generator.NextBelow((ulong)maxValue);
    }

    public virtual long NextInt64(long minValue, long maxValue)
    {
        if (minValue > maxValue)
            throw new ArgumentOutOfRangeException("minValue", minValue, "'minValue' cannot be greater than maxValue.");
        return minValue + (long)_generator.NextBelow((ulong)maxValue - (ulong)minValue);
    }

    // The top 53 bits as a fraction: every double of the form k / 2^53.
    public virtual double NextDouble() => (_generator.NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public virtual float NextSingle() => (_generator.NextUInt64() >> 40) * (1.0f / (1 << 24));

    protected virtual double Sample() => NextDouble();

    public virtual void NextBytes(byte[] buffer)
    {
        if (buffer == null)
            throw new ArgumentNullException("buffer");
        NextBytes(new Span<byte>(buffer));
    }

    public virtual void NextBytes(Span<byte> buffer)
    {
        int index = 0;
        while (index < buffer.Length)
        {
            ulong bits = _generator.NextUInt64();
            for (int b = 0; b < 8 && index < buffer.Length; b++, bits >>= 8)
                buffer[index++] = (byte)bits;
        }
    }

    // Fisher-Yates: each permutation equally likely.
    public void Shuffle<T>(T[] values)
    {
        if (values == null)
            throw new ArgumentNullException("values");
        Shuffle(new Span<T>(values));
    }

    public void Shuffle<T>(Span<T> values)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = (int)_generator.NextBelow((ulong)i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
