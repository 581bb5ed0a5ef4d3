// Tests of NativeHashtable's walk over every entry (EnumerateAll): tables of 1, 2, 8 and
// 256 buckets with each width of bucket offsets, holding random entries whose data lies
// before the table, after it or both (relative offsets backward and forward), must yield
// each entry's data exactly once; a hand-written table checks the writer's layout; empty
// tables yield nothing; truncated or malformed tables report Failed (the blob ends at a
// guard page, so a walk past the end would crash the run).
using System;
using System.Collections.Generic;
using System.Linq;
using Internal.Runtime.TypeLoader;
using Xunit;

namespace RalphOS.Plugs.Tests.TypeLoader;

public unsafe class NativeHashtableTests
{
    public enum DataPlacement
    {
        BeforeTheTable,
        AfterTheTable,
        BothSides,
    }

    // A table with its entries' data: each entry's data is a distinct unsigned integer.
    private sealed class TableBlob
    {
        public byte[] Bytes;
        public uint TableOffset;
        public readonly Dictionary<uint, uint> ValueAt = new();
        public int BucketsUsed;
    }

    [Theory]
    [InlineData(0, 0, 40, 1, DataPlacement.BothSides)]
    [InlineData(1, 0, 40, 2, DataPlacement.BothSides)]
    [InlineData(3, 0, 40, 3, DataPlacement.BothSides)]
    [InlineData(3, 0, 40, 4, DataPlacement.AfterTheTable)]
    [InlineData(0, 1, 300, 5, DataPlacement.BothSides)]
    [InlineData(1, 1, 300, 6, DataPlacement.BeforeTheTable)]
    [InlineData(3, 1, 500, 7, DataPlacement.BothSides)]
    [InlineData(8, 1, 1500, 8, DataPlacement.BothSides)]
    [InlineData(0, 2, 60, 9, DataPlacement.AfterTheTable)]
    [InlineData(1, 2, 200, 10, DataPlacement.BothSides)]
    [InlineData(3, 2, 500, 11, DataPlacement.BeforeTheTable)]
    [InlineData(8, 2, 3000, 12, DataPlacement.BothSides)]
    [InlineData(8, 2, 20000, 13, DataPlacement.BothSides)]
    public void EnumerateAllYieldsEveryEntrysDataOnce(int bucketShift, int widthCode, int entryCount, int seed, DataPlacement placement)
    {
        TableBlob table = Build(seed, bucketShift, widthCode, entryCount, placement);
        using var blob = new GuardedBlob(table.Bytes);

        var hashtable = new NativeHashtable(blob.Reader, table.TableOffset);
        List<(uint Offset, uint Value)> visited = Walk(hashtable, out bool failed);

        Assert.Equal((byte)((bucketShift << 2) | widthCode), table.Bytes[table.TableOffset]);
        if (bucketShift > 0)
            Assert.True(table.BucketsUsed > 1, "all entries in one bucket: a weak test");
        Assert.False(hashtable.Failed);
        Assert.False(failed);
        Assert.Equal(entryCount, visited.Count);
        Assert.Equal(table.ValueAt.Keys.OrderBy(o => o), visited.Select(v => v.Offset).OrderBy(o => o));
        foreach ((uint offset, uint value) in visited)
            Assert.Equal(table.ValueAt[offset], value);
    }

    // Data 5 at 0 and 6 at 1; the table at 2: two buckets, 1-byte offsets (header 0x04),
    // offsets 3, 5, 7 from 3; bucket 0 = {hash 0x10, -7 (to 0)}, bucket 1 = {0x20, -8 (to 1)}.
    [Fact]
    public void WalksAHandWrittenTable()
    {
        byte[] bytes = { 0x0A, 0x0C, 0x04, 0x03, 0x05, 0x07, 0x10, 0xF2, 0x20, 0xF0 };
        using var blob = new GuardedBlob(bytes);

        List<(uint Offset, uint Value)> visited = Walk(new NativeHashtable(blob.Reader, 2), out bool failed);

        Assert.False(failed);
        Assert.Equal(new[] { (0u, 5u), (1u, 6u) }, visited);
    }

    // As ILC writes a table with no entries: one bucket, both offsets just past themselves.
    [Fact]
    public void EmptyTableYieldsNothing()
    {
        using var blob = new GuardedBlob(new byte[] { 0x00, 0x02, 0x02 });
        var hashtable = new NativeHashtable(blob.Reader, 0);

        List<(uint Offset, uint Value)> visited = Walk(hashtable, out bool failed);

        Assert.Empty(visited);
        Assert.False(failed);
        Assert.False(hashtable.Failed);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(3, 1)]
    [InlineData(8, 2)]
    public void TableWithEmptyBucketsOnlyYieldsNothing(int bucketShift, int widthCode)
    {
        var writer = new NativeBlobWriter();
        NativeHashtableWriter.Write(writer, bucketShift, widthCode, Array.Empty<NativeHashtableWriter.Entry>());
        using var blob = new GuardedBlob(writer.ToArray());

        List<(uint Offset, uint Value)> visited = Walk(new NativeHashtable(blob.Reader, 0), out bool failed);

        Assert.Empty(visited);
        Assert.False(failed);
    }

    // Every prefix of a table (its data before or after it) must walk to a failure that
    // is reported (the table's, the walk's or an entry's), with the entries yielded before
    // it intact.
    [Theory]
    [InlineData(3, 0, 30, 21, DataPlacement.BeforeTheTable)]
    [InlineData(3, 0, 30, 22, DataPlacement.AfterTheTable)]
    [InlineData(1, 1, 60, 23, DataPlacement.BothSides)]
    [InlineData(2, 2, 40, 24, DataPlacement.BothSides)]
    public void TruncatedTableReportsFailureInsteadOfReadingPastTheEnd(int bucketShift, int widthCode, int entryCount, int seed, DataPlacement placement)
    {
        TableBlob table = Build(seed, bucketShift, widthCode, entryCount, placement);

        for (int kept = 0; kept < table.Bytes.Length; kept++)
        {
            using var blob = new GuardedBlob(table.Bytes.AsSpan(0, kept));
            var hashtable = new NativeHashtable(blob.Reader, table.TableOffset);
            bool dataCut = false;
            NativeHashtable.Enumerator entries = hashtable.EnumerateAll();
            while (entries.Next(out NativeParser entry))
            {
                uint offset = entry.Offset;
                uint value = entry.GetUnsigned();
                if (entry.Failed)
                    dataCut = true;
                else
                    Assert.Equal(table.ValueAt[offset], value);
            }

            Assert.True(hashtable.Failed || entries.Failed || dataCut, $"a table cut to {kept} bytes walked without a failure");
            Assert.False(entries.Next(out _));
        }
    }

    // Width code 3 is not a width; the header past the end; a bucket count whose offsets
    // could not fit in any table.
    [Theory]
    [InlineData(new byte[] { 0x03, 0x02, 0x02 }, 0u)]
    [InlineData(new byte[] { 0x00, 0x02, 0x02 }, 3u)]
    [InlineData(new byte[] { 0x7C, 0x02, 0x02, 0x02, 0x02 }, 0u)]
    [InlineData(new byte[] { 0xFE, 0x02, 0x02, 0x02, 0x02 }, 0u)]
    public void MalformedHeaderFailsTheTable(byte[] bytes, uint offset)
    {
        using var blob = new GuardedBlob(bytes);
        var hashtable = new NativeHashtable(blob.Reader, offset);

        List<(uint Offset, uint Value)> visited = Walk(hashtable, out _);

        Assert.True(hashtable.Failed);
        Assert.Empty(visited);
    }

    // Data 5 at 0, the table at 1 (two buckets, offsets from 2): bucket 0 is {hash 0x10,
    // -6 (to 0)}; bucket 1 ends at 0x40, past the table: the walk fails at that bucket.
    [Fact]
    public void BucketEndPastTheTableFailsTheWalk()
    {
        byte[] bytes = { 0x0A, 0x04, 0x03, 0x05, 0x40, 0x10, 0xF4, 0x20, 0xF8 };
        using var blob = new GuardedBlob(bytes);

        List<(uint Offset, uint Value)> visited = Walk(new NativeHashtable(blob.Reader, 1), out bool failed);

        Assert.True(failed);
        Assert.Equal(new[] { (0u, 5u) }, visited);
    }

    // One bucket (table at 1, offsets 2 and 4 from 2) whose entry points 50 bytes on,
    // past the end: the walk fails rather than hand out a parser of nothing.
    [Fact]
    public void EntryDataOutsideTheTableFailsTheWalk()
    {
        byte[] bytes = { 0x0A, 0x00, 0x02, 0x04, 0x10, 0x64 };
        using var blob = new GuardedBlob(bytes);

        List<(uint Offset, uint Value)> visited = Walk(new NativeHashtable(blob.Reader, 1), out bool failed);

        Assert.True(failed);
        Assert.Empty(visited);
    }

    private static List<(uint Offset, uint Value)> Walk(NativeHashtable hashtable, out bool failed)
    {
        var visited = new List<(uint, uint)>();
        NativeHashtable.Enumerator entries = hashtable.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            uint offset = entry.Offset;
            uint value = entry.GetUnsigned();
            Assert.False(entry.Failed);
            visited.Add((offset, value));
        }
        failed = hashtable.Failed || entries.Failed;
        return visited;
    }

    // [a filler byte][data placed before][the table][padding][data placed after]. Data
    // after the table needs its offsets before the table's size is known: lay out again
    // with the data further on until the table fits in front of it.
    private static TableBlob Build(int seed, int bucketShift, int widthCode, int entryCount, DataPlacement placement)
    {
        var random = new Random(seed);
        var values = new List<uint>();
        var seen = new HashSet<uint>();
        while (values.Count < entryCount)
        {
            uint value = (uint)random.NextInt64(0, 1L << random.Next(1, 33));
            if (seen.Add(value))
                values.Add(value);
        }
        uint[] hashes = values.Select(_ => (uint)random.NextInt64(0, 1L << 32)).ToArray();
        bool[] after = values.Select(_ => placement == DataPlacement.AfterTheTable || (placement == DataPlacement.BothSides && random.Next(2) == 0)).ToArray();

        var prefix = new NativeBlobWriter();
        prefix.WriteByte(0xCC);
        var dataOffsets = new int[entryCount];
        for (int i = 0; i < entryCount; i++)
        {
            if (!after[i])
            {
                dataOffsets[i] = prefix.Position;
                prefix.WriteUnsigned(values[i]);
            }
        }
        for (int afterStart = 0; ;)
        {
            var writer = new NativeBlobWriter();
            writer.WriteBytes(prefix.ToArray());
            int tableOffset = writer.Position;
            int cursor = afterStart;
            for (int i = 0; i < entryCount; i++)
            {
                if (after[i])
                {
                    dataOffsets[i] = cursor;
                    cursor += NativeBlobWriter.EncodeUnsigned(values[i]).Length;
                }
            }
            var entries = Enumerable.Range(0, entryCount).Select(i => new NativeHashtableWriter.Entry(hashes[i], dataOffsets[i])).ToList();
            NativeHashtableWriter.Write(writer, bucketShift, widthCode, entries);
            if (writer.Position > afterStart)
            {
                afterStart = writer.Position;
                continue;
            }
            writer.PadTo(afterStart);
            for (int i = 0; i < entryCount; i++)
            {
                if (after[i])
                    writer.WriteUnsigned(values[i]);
            }
            var table = new TableBlob { Bytes = writer.ToArray(), TableOffset = (uint)tableOffset };
            for (int i = 0; i < entryCount; i++)
                table.ValueAt.Add((uint)dataOffsets[i], values[i]);
            table.BucketsUsed = hashes.Select(h => NativeHashtableWriter.BucketOf(h, bucketShift)).Distinct().Count();
            return table;
        }
    }
}
