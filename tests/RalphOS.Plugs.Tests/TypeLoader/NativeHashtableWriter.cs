// NativeHashtableWriter: lays out a hashtable as ILC does (dotnet/runtime VertexHashtable):
// a header byte (log2 of the bucket count << 2 | the width code of the bucket offsets: 0 =
// 1 byte, 1 = 2, 2 = 4), bucket count + 1 little-endian offsets counted from just after
// the header, then the entries bucket by bucket: the low byte of the entry's hash and a
// relative offset to its data. An entry's bucket is taken from bits 8 and up of its hash;
// within a bucket entries are sorted by the low byte.
using System;
using System.Collections.Generic;
using System.Linq;

namespace RalphOS.Plugs.Tests.TypeLoader;

internal static class NativeHashtableWriter
{
    public readonly record struct Entry(uint Hash, int DataOffset);

    // Writes the table at the writer's position. Throws when an offset does not fit the
    // width (a table with 1-byte offsets holds at most 255 bytes after its header).
    public static void Write(NativeBlobWriter writer, int bucketShift, int widthCode, IReadOnlyList<Entry> entries)
    {
        int buckets = 1 << bucketShift;
        int width = 1 << widthCode;
        uint mask = (uint)buckets - 1;
        writer.WriteByte((byte)((bucketShift << 2) | widthCode));
        int bucketsBase = writer.Position;
        for (int i = 0; i <= buckets; i++)
            writer.WriteFixed(0, width);
        List<Entry> ordered = entries.OrderBy(e => (e.Hash >> 8) & mask).ThenBy(e => e.Hash & 0xFF).ToList();
        int next = 0;
        for (int bucket = 0; bucket < buckets; bucket++)
        {
            writer.PatchFixed(bucketsBase + bucket * width, (uint)(writer.Position - bucketsBase), width);
            for (; next < ordered.Count && ((ordered[next].Hash >> 8) & mask) == bucket; next++)
            {
                writer.WriteByte((byte)ordered[next].Hash);
                writer.WriteRelativeOffset(ordered[next].DataOffset);
            }
        }
        writer.PatchFixed(bucketsBase + buckets * width, (uint)(writer.Position - bucketsBase), width);
    }

    // A table at offset 0 whose entries' data, after the table, are unsigned integers (as
    // in the tables of native references indices). The data's offsets are needed before
    // the table's size is known: lay out again with the data further on until it fits.
    public static byte[] TableOfValues(IReadOnlyList<(uint Hash, uint Value)> entries, int bucketShift, int widthCode)
    {
        for (int dataStart = 0; ;)
        {
            var writer = new NativeBlobWriter();
            var placed = new List<Entry>();
            int cursor = dataStart;
            foreach ((uint hash, uint value) in entries)
            {
                placed.Add(new Entry(hash, cursor));
                cursor += NativeBlobWriter.EncodeUnsigned(value).Length;
            }
            Write(writer, bucketShift, widthCode, placed);
            if (writer.Position > dataStart)
            {
                dataStart = writer.Position;
                continue;
            }
            writer.PadTo(dataStart);
            foreach ((uint _, uint value) in entries)
                writer.WriteUnsigned(value);
            return writer.ToArray();
        }
    }

    public static int BucketOf(uint hash, int bucketShift) => (int)((hash >> 8) & ((1u << bucketShift) - 1));
}
