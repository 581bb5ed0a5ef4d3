// RandomTests: System.Random as .NET specifies it: a seeded generator repeats its sequence,
// every method stays in its documented range, draws are close to uniform, bad arguments
// throw. The exact values differ from .NET's generator (only the properties are checked),
// so the same checks pass on the host and in the kernel.
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class RandomTests
{
    private const int Samples = 60_000;

    public static void Run()
    {
        SelfTestRunner.Check("Random: a seed repeats its sequence", SameSequence(new Random(42), new Random(42)) && !SameSequence(new Random(42), new Random(43))
            && SameSequence(new Random(0), new Random(0)) && SameSequence(new Random(-7), new Random(-7)));
        SelfTestRunner.Check("Random: unseeded generators differ", !SameSequence(new Random(), new Random()) && Random.Shared != null && Random.Shared == Random.Shared);
        var random = new Random(2024);
        SelfTestRunner.Check("Random.Next ranges", AllInRange(() => random.Next(), 0, int.MaxValue - 1) && AllInRange(() => random.Next(10), 0, 9)
            && AllInRange(() => random.Next(-5, 5), -5, 4) && AllInRange(() => random.Next(int.MinValue, int.MaxValue), int.MinValue, int.MaxValue - 1)
            && random.Next(0) == 0 && random.Next(1) == 0 && random.Next(5, 5) == 5 && random.Next(5, 6) == 5);
        SelfTestRunner.Check("Random.NextInt64 ranges", AllInRange(() => random.NextInt64(1_000_000_000_000), 0, 999_999_999_999)
            && AllInRange(() => random.NextInt64(-3, 3), -3, 2) && AllInRange(() => random.NextInt64(), 0, long.MaxValue - 1)
            && AllInRange(() => random.NextInt64(long.MinValue, long.MaxValue), long.MinValue, long.MaxValue - 1));
        SelfTestRunner.Check("Random.Next(6) is uniform", IsUniform(random));
        SelfTestRunner.Check("Random.NextDouble and NextSingle in [0, 1) with mean 1/2", DoublesInUnitRange(random));
        SelfTestRunner.Check("Random.NextBytes fills the buffer", BytesLookRandom(random));
        SelfTestRunner.Check("Random.Shuffle permutes", ShuffleIsPermutation(random));
        SelfTestRunner.Check("Random: bad arguments throw", Expect.Throws<ArgumentOutOfRangeException>(() => random.Next(-1))
            && Expect.Throws<ArgumentOutOfRangeException>(() => random.Next(2, 1)) && Expect.Throws<ArgumentOutOfRangeException>(() => random.NextInt64(-1))
            && Expect.Throws<ArgumentNullException>(() => random.NextBytes((byte[])null)));
    }

    private static bool SameSequence(Random a, Random b)
    {
        for (int i = 0; i < 100; i++)
        {
            if (a.Next() != b.Next() || a.NextDouble() != b.NextDouble())
                return false;
        }
        return true;
    }

    private static bool AllInRange(Func<long> draw, long min, long max)
    {
        for (int i = 0; i < 10_000; i++)
        {
            long value = draw();
            if (value < min || value > max)
                return false;
        }
        return true;
    }

    // Each face within 10% of Samples / 6 (about 8 standard deviations: no false alarms).
    private static bool IsUniform(Random random)
    {
        var counts = new int[6];
        for (int i = 0; i < Samples; i++)
            counts[random.Next(6)]++;
        foreach (int count in counts)
        {
            if (count < Samples / 6 * 9 / 10 || count > Samples / 6 * 11 / 10)
                return false;
        }
        return true;
    }

    private static bool DoublesInUnitRange(Random random)
    {
        double sum = 0;
        for (int i = 0; i < Samples; i++)
        {
            double value = random.NextDouble();
            float single = random.NextSingle();
            if (value < 0 || value >= 1 || single < 0 || single >= 1)
                return false;
            sum += value;
        }
        double mean = sum / Samples;
        return mean > 0.49 && mean < 0.51;
    }

    private static bool BytesLookRandom(Random random)
    {
        var buffer = new byte[4099];
        random.NextBytes(buffer);
        var seen = new bool[256];
        int distinct = 0;
        foreach (byte value in buffer)
        {
            if (!seen[value])
                distinct++;
            seen[value] = true;
        }
        Span<byte> tail = stackalloc byte[3];
        random.NextBytes(tail);
        return distinct > 250 && (buffer[4098] | buffer[4097] | buffer[4096]) != 0 && (tail[0] | tail[1] | tail[2]) != 0;
    }

    private static bool ShuffleIsPermutation(Random random)
    {
        var values = new int[50];
        for (int i = 0; i < values.Length; i++)
            values[i] = i;
        random.Shuffle(values);
        var seen = new bool[values.Length];
        int moved = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (seen[values[i]])
                return false;
            seen[values[i]] = true;
            if (values[i] != i)
                moved++;
        }
        return moved > 25;
    }
}
