// Tests of NativeReader, the bounds-checked decoder of ILC's variable-length integers:
// every length boundary against NativeBlobWriter's encoding and against byte sequences
// written out by hand (so a mistake shared by the writer and the reader shows), truncated
// encodings and offsets past the end giving Invalid (each blob ends at a guard page, so a
// read past it would crash the run), the invalid first byte xxx11111, and the fixed-width
// reads of hashtable bucket offsets.
using System;
using Internal.Runtime.TypeLoader;
using Xunit;

namespace RalphOS.Plugs.Tests.TypeLoader;

public unsafe class NativeReaderTests
{
    [Theory]
    [InlineData(0u, 1)]
    [InlineData(1u, 1)]
    [InlineData(127u, 1)]
    [InlineData(128u, 2)]
    [InlineData((1u << 14) - 1, 2)]
    [InlineData(1u << 14, 3)]
    [InlineData((1u << 21) - 1, 3)]
    [InlineData(1u << 21, 4)]
    [InlineData((1u << 28) - 1, 4)]
    [InlineData(1u << 28, 5)]
    [InlineData(0x89ABCDEFu, 5)]
    [InlineData(uint.MaxValue, 5)]
    public void UnsignedRoundTripsAtEveryLengthBoundary(uint value, int length)
    {
        byte[] encoded = NativeBlobWriter.EncodeUnsigned(value);
        Assert.Equal(length, encoded.Length);
        using var blob = new GuardedBlob(encoded);

        uint next = blob.Reader.DecodeUnsigned(0, out uint decoded);

        Assert.Equal(value, decoded);
        Assert.Equal((uint)length, next);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(63, 1)]
    [InlineData(-64, 1)]
    [InlineData(64, 2)]
    [InlineData(-65, 2)]
    [InlineData((1 << 13) - 1, 2)]
    [InlineData(-(1 << 13), 2)]
    [InlineData(1 << 13, 3)]
    [InlineData(-(1 << 13) - 1, 3)]
    [InlineData((1 << 20) - 1, 3)]
    [InlineData(-(1 << 20), 3)]
    [InlineData(1 << 20, 4)]
    [InlineData(-(1 << 20) - 1, 4)]
    [InlineData((1 << 27) - 1, 4)]
    [InlineData(-(1 << 27), 4)]
    [InlineData(1 << 27, 5)]
    [InlineData(-(1 << 27) - 1, 5)]
    [InlineData(int.MaxValue, 5)]
    [InlineData(int.MinValue, 5)]
    public void SignedRoundTripsAtEveryLengthBoundary(int value, int length)
    {
        byte[] encoded = NativeBlobWriter.EncodeSigned(value);
        Assert.Equal(length, encoded.Length);
        using var blob = new GuardedBlob(encoded);

        uint next = blob.Reader.DecodeSigned(0, out int decoded);

        Assert.Equal(value, decoded);
        Assert.Equal((uint)length, next);
    }

    // Worked out by hand from the format's rules (and checked with a separate decoder).
    [Theory]
    [InlineData(new byte[] { 0x00 }, 0u)]
    [InlineData(new byte[] { 0xFE }, 127u)]
    [InlineData(new byte[] { 0x01, 0x02 }, 128u)]
    [InlineData(new byte[] { 0x15, 0xCD }, 0x3345u)]
    [InlineData(new byte[] { 0xFD, 0xFF }, 16383u)]
    [InlineData(new byte[] { 0x03, 0x00, 0x02 }, 16384u)]
    [InlineData(new byte[] { 0x5B, 0x3C, 0x12 }, 149387u)]
    [InlineData(new byte[] { 0xFB, 0xFF, 0xFF }, (1u << 21) - 1)]
    [InlineData(new byte[] { 0x07, 0x00, 0x00, 0x02 }, 1u << 21)]
    [InlineData(new byte[] { 0xF7, 0xFF, 0xFF, 0xFF }, (1u << 28) - 1)]
    [InlineData(new byte[] { 0x0F, 0x00, 0x00, 0x00, 0x10 }, 1u << 28)]
    [InlineData(new byte[] { 0x0F, 0xEF, 0xCD, 0xAB, 0x89 }, 0x89ABCDEFu)]
    [InlineData(new byte[] { 0x0F, 0xFF, 0xFF, 0xFF, 0xFF }, uint.MaxValue)]
    public void DecodesHandWrittenUnsigned(byte[] bytes, uint expected)
    {
        using var blob = new GuardedBlob(bytes);

        uint next = blob.Reader.DecodeUnsigned(0, out uint value);

        Assert.Equal(expected, value);
        Assert.Equal((uint)bytes.Length, next);
    }

    [Theory]
    [InlineData(new byte[] { 0x00 }, 0)]
    [InlineData(new byte[] { 0xFE }, -1)]
    [InlineData(new byte[] { 0x7E }, 63)]
    [InlineData(new byte[] { 0x80 }, -64)]
    [InlineData(new byte[] { 0x01, 0x01 }, 64)]
    [InlineData(new byte[] { 0xFD, 0xFE }, -65)]
    [InlineData(new byte[] { 0xFD, 0x7F }, 8191)]
    [InlineData(new byte[] { 0x01, 0x80 }, -8192)]
    [InlineData(new byte[] { 0x03, 0x00, 0x01 }, 8192)]
    [InlineData(new byte[] { 0xFB, 0xFF, 0xFE }, -8193)]
    [InlineData(new byte[] { 0xF7, 0xFF, 0xFF, 0x7F }, (1 << 27) - 1)]
    [InlineData(new byte[] { 0x07, 0x00, 0x00, 0x80 }, -(1 << 27))]
    [InlineData(new byte[] { 0x0F, 0xFF, 0xFF, 0xFF, 0x7F }, int.MaxValue)]
    [InlineData(new byte[] { 0x0F, 0x00, 0x00, 0x00, 0x80 }, int.MinValue)]
    public void DecodesHandWrittenSigned(byte[] bytes, int expected)
    {
        using var blob = new GuardedBlob(bytes);

        uint next = blob.Reader.DecodeSigned(0, out int value);

        Assert.Equal(expected, value);
        Assert.Equal((uint)bytes.Length, next);
    }

    // Each value at an offset after others, so lengths add up rather than start at 0.
    [Fact]
    public void DecodesASequenceOfMixedLengths()
    {
        uint[] values = { 5, 1u << 20, 200, uint.MaxValue, 0, (1u << 28) - 1, 16384 };
        var writer = new NativeBlobWriter();
        foreach (uint value in values)
            writer.WriteUnsigned(value);
        using var blob = new GuardedBlob(writer.ToArray());

        uint offset = 0;
        foreach (uint expected in values)
        {
            offset = blob.Reader.DecodeUnsigned(offset, out uint value);
            Assert.Equal(expected, value);
        }
        Assert.Equal(blob.Size, offset);
    }

    // Every encoding cut short by one or more bytes, at the end of the table.
    [Theory]
    [InlineData(128u)]
    [InlineData(1u << 14)]
    [InlineData(1u << 21)]
    [InlineData(1u << 28)]
    [InlineData(uint.MaxValue)]
    public void TruncatedEncodingIsInvalid(uint value)
    {
        byte[] encoded = NativeBlobWriter.EncodeUnsigned(value);
        for (int kept = 1; kept < encoded.Length; kept++)
        {
            using var blob = new GuardedBlob(encoded.AsSpan(0, kept));

            Assert.Equal(NativeReader.Invalid, blob.Reader.DecodeUnsigned(0, out uint unsignedValue));
            Assert.Equal(0u, unsignedValue);
            Assert.Equal(NativeReader.Invalid, blob.Reader.DecodeSigned(0, out int signedValue));
            Assert.Equal(0, signedValue);
        }
    }

    [Theory]
    [InlineData(3u)]
    [InlineData(4u)]
    [InlineData(0x8000_0000u)]
    [InlineData(uint.MaxValue - 1)]
    [InlineData(uint.MaxValue)]
    public void OffsetAtOrPastTheEndIsInvalid(uint offset)
    {
        using var blob = new GuardedBlob(new byte[] { 0x02, 0x04, 0x06 });

        Assert.Equal(NativeReader.Invalid, blob.Reader.DecodeUnsigned(offset, out _));
        Assert.Equal(NativeReader.Invalid, blob.Reader.DecodeSigned(offset, out _));
        Assert.Equal(0, blob.Reader.ReadByte(offset));
        Assert.False(blob.Reader.Contains(offset, 1));
    }

    // xxx11111 starts no encoding, however many bytes follow.
    [Theory]
    [InlineData(0x1F)]
    [InlineData(0x3F)]
    [InlineData(0xFF)]
    public void FirstByteWithFiveLowOnesIsInvalid(byte first)
    {
        using var blob = new GuardedBlob(new byte[] { first, 1, 2, 3, 4, 5, 6, 7, 8 });

        Assert.Equal(NativeReader.Invalid, blob.Reader.DecodeUnsigned(0, out _));
        Assert.Equal(NativeReader.Invalid, blob.Reader.DecodeSigned(0, out _));
    }

    [Fact]
    public void ReadsFixedWidthLittleEndian()
    {
        using var blob = new GuardedBlob(new byte[] { 0x11, 0x22, 0x33, 0x44, 0x55 });
        NativeReader reader = blob.Reader;

        Assert.Equal(0x22u, reader.ReadFixed(1, 1));
        Assert.Equal(0x3322u, reader.ReadFixed(1, 2));
        Assert.Equal(0x55443322u, reader.ReadFixed(1, 4));
        Assert.Equal(0x55u, reader.ReadFixed(4, 1));
        Assert.Equal(0u, reader.ReadFixed(4, 2));
        Assert.Equal(0u, reader.ReadFixed(2, 4));
        Assert.Equal(0u, reader.ReadFixed(5, 1));
    }

    [Theory]
    [InlineData(0u, 5u, true)]
    [InlineData(4u, 1u, true)]
    [InlineData(4u, 2u, false)]
    [InlineData(1u, uint.MaxValue, false)]
    [InlineData(uint.MaxValue, 2u, false)]
    public void ContainsOnlyRangesInsideTheTable(uint offset, uint length, bool expected)
    {
        using var blob = new GuardedBlob(new byte[5]);

        Assert.Equal(expected, blob.Reader.Contains(offset, length));
    }
}
