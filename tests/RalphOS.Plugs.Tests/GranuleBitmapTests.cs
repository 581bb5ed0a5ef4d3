// Tests of GranuleBitmap against a bool array: Set, Clear and IsSet on single bits, and
// ClearRange on ranges that start and end anywhere in a word, span words, or are empty.
using System;
using Internal.Memory;
using Xunit;

namespace RalphOS.Plugs.Tests;

public unsafe class GranuleBitmapTests
{
    private const int Words = 8;
    private const int Bits = Words * 64;

    [Fact]
    public void MatchesABoolArrayModel()
    {
        var random = new Random(21);
        ulong* bits = stackalloc ulong[Words];
        var model = new bool[Bits];
        for (int round = 0; round < 20000; round++)
        {
            int operation = random.Next(4);
            if (operation == 0)
            {
                int from = random.Next(Bits + 1);
                int to = random.Next(2) == 0 ? random.Next(from, Bits + 1) : Math.Min(Bits, from + random.Next(3));
                GranuleBitmap.ClearRange(bits, (nuint)from, (nuint)to);
                Array.Fill(model, false, from, to - from);
            }
            else
            {
                int bit = random.Next(Bits);
                if (operation == 3)
                {
                    GranuleBitmap.Clear(bits, (nuint)bit);
                    model[bit] = false;
                }
                else
                {
                    GranuleBitmap.Set(bits, (nuint)bit);
                    model[bit] = true;
                }
            }
            int probe = random.Next(Bits);
            Assert.Equal(model[probe], GranuleBitmap.IsSet(bits, (nuint)probe));
        }
        for (int bit = 0; bit < Bits; bit++)
        {
            Assert.Equal(model[bit], GranuleBitmap.IsSet(bits, (nuint)bit));
        }
    }
}
