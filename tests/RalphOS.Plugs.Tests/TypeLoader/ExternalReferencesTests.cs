// Tests of ExternalReferences, the tables of 32-bit offsets (each counted from its own
// address) through which ILC's tables name MethodTables and code by index: indices resolve
// to their targets before, inside and after the table, near and far; an index past the
// end, or into a last entry cut short, gives null without reading it (the table ends at a
// guard page).
using System;
using System.Buffers.Binary;
using Internal.Runtime.TypeLoader;
using Xunit;

namespace RalphOS.Plugs.Tests.TypeLoader;

public unsafe class ExternalReferencesTests
{
    private const int TableStart = 64;

    // Targets as distances from the start of the blob: before the table, the table's own
    // entries, past its end, and a gigabyte either way (addresses never dereferenced).
    [Fact]
    public void EachIndexResolvesToItsTarget()
    {
        long[] targets = { 0, 17, TableStart - 1, TableStart, TableStart + 4, TableStart + 12, TableStart + 400, 1L << 30, -(1L << 30) };
        var bytes = new byte[TableStart + 4 * targets.Length];
        for (int i = 0; i < targets.Length; i++)
        {
            int entry = TableStart + 4 * i;
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(entry), checked((int)(targets[i] - entry)));
        }
        using var blob = new GuardedBlob(bytes);
        var references = new ExternalReferences(blob.Start + TableStart, blob.End);

        for (int i = 0; i < targets.Length; i++)
            Assert.Equal((nint)(blob.Start + targets[i]), (nint)references[(uint)i]);
    }

    // Entry 0 (at 8) holds -8: the blob's start; entry 1 (at 12) holds +4: entry 2's
    // address; entry 2 holds 0: itself.
    [Fact]
    public void ResolvesHandWrittenEntries()
    {
        byte[] bytes = { 0, 0, 0, 0, 0, 0, 0, 0, 0xF8, 0xFF, 0xFF, 0xFF, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };
        using var blob = new GuardedBlob(bytes);
        var references = new ExternalReferences(blob.Start + 8, blob.End);

        Assert.Equal((nint)blob.Start, (nint)references[0]);
        Assert.Equal((nint)(blob.Start + 16), (nint)references[1]);
        Assert.Equal((nint)(blob.Start + 16), (nint)references[2]);
    }

    [Theory]
    [InlineData(3u)]
    [InlineData(4u)]
    [InlineData(0x4000_0000u)]
    [InlineData(uint.MaxValue)]
    public void IndexPastTheEndIsNull(uint index)
    {
        using var blob = new GuardedBlob(new byte[12]);
        var references = new ExternalReferences(blob.Start, blob.End);

        Assert.True(references[2] != null);
        Assert.True(references[index] == null);
    }

    // Ten bytes hold two whole entries; the last two bytes are not an entry.
    [Fact]
    public void PartialLastEntryIsNotAnEntry()
    {
        using var blob = new GuardedBlob(new byte[] { 4, 0, 0, 0, 4, 0, 0, 0, 4, 0 });
        var references = new ExternalReferences(blob.Start, blob.End);

        Assert.Equal((nint)(blob.Start + 8), (nint)references[1]);
        Assert.True(references[2] == null);
    }

    [Fact]
    public void AbsentTableHasNoEntries()
    {
        var references = new ExternalReferences(null, null);

        Assert.True(references[0] == null);
        Assert.True(default(ExternalReferences)[0] == null);
    }
}
