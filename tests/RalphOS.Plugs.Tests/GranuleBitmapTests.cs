// Tests of GranuleBitmap against a bool array: Set, Clear and IsSet on single bits, and
// Word and Bit (which loops use to test several bitmaps at one granule).
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
            int bit = random.Next(Bits);
            if (random.Next(2) == 0)
            {
                GranuleBitmap.Clear(bits, (nuint)bit);
                model[bit] = false;
            }
            else
            {
                GranuleBitmap.Set(bits, (nuint)bit);
                model[bit] = true;
            }
            int probe = random.Next(Bits);
            Assert.Equal(model[probe], GranuleBitmap.IsSet(bits, (nuint)probe));
            Assert.Equal(model[probe], (bits[GranuleBitmap.Word((nuint)probe)] & GranuleBitmap.Bit((nuint)probe)) != 0);
        }
        for (int bit = 0; bit < Bits; bit++)
        {
            Assert.Equal(model[bit], GranuleBitmap.IsSet(bits, (nuint)bit));
        }
    }
}
