// Tests of GranuleBitmap against bool arrays: Set, Clear and IsSet on single bits, Word and
// Bit, and KeepMarkedAndClearMarks on ranges that start and end anywhere in a word, span
// words, or are empty (bits outside the range must stay as they are).
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
        ulong* kept = stackalloc ulong[Words];
        ulong* marks = stackalloc ulong[Words];
        var keptModel = new bool[Bits];
        var marksModel = new bool[Bits];
        for (int round = 0; round < 20000; round++)
        {
            int operation = random.Next(6);
            int bit = random.Next(Bits);
            switch (operation)
            {
                case 0:
                    int from = random.Next(Bits + 1);
                    int to = random.Next(2) == 0 ? random.Next(from, Bits + 1) : Math.Min(Bits, from + random.Next(3));
                    GranuleBitmap.KeepMarkedAndClearMarks(kept, marks, (nuint)from, (nuint)to);
                    for (int i = from; i < to; i++)
                    {
                        keptModel[i] &= marksModel[i];
                        marksModel[i] = false;
                    }
                    break;
                case 1:
                    GranuleBitmap.Clear(kept, (nuint)bit);
                    keptModel[bit] = false;
                    break;
                case 2:
                case 3:
                    GranuleBitmap.Set(kept, (nuint)bit);
                    keptModel[bit] = true;
                    break;
                default:
                    GranuleBitmap.Set(marks, (nuint)bit);
                    marksModel[bit] = true;
                    break;
            }
            int probe = random.Next(Bits);
            Assert.Equal(keptModel[probe], GranuleBitmap.IsSet(kept, (nuint)probe));
            Assert.Equal(keptModel[probe], (kept[GranuleBitmap.Word((nuint)probe)] & GranuleBitmap.Bit((nuint)probe)) != 0);
        }
        for (int bit = 0; bit < Bits; bit++)
        {
            Assert.Equal(keptModel[bit], GranuleBitmap.IsSet(kept, (nuint)bit));
            Assert.Equal(marksModel[bit], GranuleBitmap.IsSet(marks, (nuint)bit));
        }
    }
}
