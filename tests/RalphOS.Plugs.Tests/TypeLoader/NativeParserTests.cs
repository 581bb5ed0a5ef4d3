// Tests of NativeParser, the cursor that reads one native-format value after another:
// values of every length in sequence, relative offsets forward and backward (and to
// targets outside the table), and failure: a read past the end marks the parser Failed,
// yields 0 and leaves it failed for every later read, even of bytes that are there.
using System;
using Internal.Runtime.TypeLoader;
using Xunit;

namespace RalphOS.Plugs.Tests.TypeLoader;

public unsafe class NativeParserTests
{
    [Fact]
    public void ReadsValuesOfEveryLengthInSequence()
    {
        uint[] unsignedValues = { 0, 127, 128, (1u << 14) - 1, 1u << 14, (1u << 21) - 1, 1u << 21, (1u << 28) - 1, 1u << 28, uint.MaxValue };
        int[] signedValues = { 0, -1, -64, 63, -65, 64, -8193, 8192, int.MinValue, int.MaxValue };
        var writer = new NativeBlobWriter();
        for (int i = 0; i < unsignedValues.Length; i++)
        {
            writer.WriteUnsigned(unsignedValues[i]);
            writer.WriteSigned(signedValues[i]);
            writer.WriteByte((byte)(0xA0 + i));
        }
        using var blob = new GuardedBlob(writer.ToArray());
        var parser = new NativeParser(blob.Reader, 0);

        for (int i = 0; i < unsignedValues.Length; i++)
        {
            Assert.Equal(unsignedValues[i], parser.GetUnsigned());
            Assert.Equal(signedValues[i], parser.GetSigned());
            Assert.Equal((byte)(0xA0 + i), parser.GetByte());
        }
        Assert.False(parser.Failed);
        Assert.Equal(blob.Size, parser.Offset);
    }

    // Hand-written: a relative offset at 4 back to 1 (-3), one at 5 on to 300 (+295, two
    // bytes), one at 7 on to 8 (+1).
    [Fact]
    public void RelativeOffsetsCountFromWhereTheyAreStored()
    {
        var bytes = new byte[301];
        bytes[4] = 0xFA;                // -3
        bytes[5] = 0x9D;                // +295: (295 << 2 | 1) & 0xFF,
        bytes[6] = 0x04;                //       295 >> 6
        bytes[7] = 0x02;                // +1
        bytes[1] = 0x54;                // unsigned 42 at the first target
        bytes[300] = 0x0E;              // unsigned 7 at the second
        using var blob = new GuardedBlob(bytes);
        var parser = new NativeParser(blob.Reader, 4);

        Assert.Equal(1u, parser.GetRelativeOffset());
        NativeParser forward = parser.ParserAtRelativeOffset();
        NativeParser next = parser.ParserAtRelativeOffset();

        Assert.Equal(300u, forward.Offset);
        Assert.Equal(7u, forward.GetUnsigned());
        Assert.Equal(8u, next.Offset);
        Assert.Equal(8u, parser.Offset);
        Assert.False(parser.Failed || forward.Failed || next.Failed);
        Assert.Equal(42u, new NativeParser(blob.Reader, 1).GetUnsigned());
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(-100000)]
    [InlineData(int.MinValue)]
    [InlineData(1)]
    [InlineData(100000)]
    [InlineData(int.MaxValue)]
    public void RelativeOffsetOutsideTheTableGivesAFailedParser(int distance)
    {
        var writer = new NativeBlobWriter();
        writer.WriteByte(0);
        writer.WriteByte(0);
        writer.WriteSigned(distance);
        using var blob = new GuardedBlob(writer.ToArray());
        var parser = new NativeParser(blob.Reader, 2);

        NativeParser target = parser.ParserAtRelativeOffset();

        Assert.True(target.Failed);
        Assert.Equal(0u, target.GetUnsigned());
        Assert.False(parser.Failed);
        Assert.Equal(blob.Size, parser.Offset);
    }

    // 0x02 is unsigned 1; 0x01 starts a two-byte value the table cuts off.
    [Fact]
    public void FailureIsStickyAndNeverReadsPastTheEnd()
    {
        using var blob = new GuardedBlob(new byte[] { 0x02, 0x01 });
        var parser = new NativeParser(blob.Reader, 0);

        Assert.Equal(1u, parser.GetUnsigned());
        Assert.Equal(0u, parser.GetUnsigned());
        Assert.True(parser.Failed);
        Assert.Equal(1u, parser.Offset);
        Assert.Equal(0, parser.GetByte());          // the byte is there, but the parser failed
        Assert.Equal(0, parser.GetSigned());
        Assert.Equal(0u, parser.GetRelativeOffset());
        NativeParser target = parser.ParserAtRelativeOffset();
        Assert.True(target.Failed);
        Assert.True(parser.Failed);
        Assert.Equal(1u, parser.Offset);
    }

    [Fact]
    public void ReadsStopAtTheEndOfTheTable()
    {
        using var blob = new GuardedBlob(new byte[] { 0x04, 0x7F });
        var parser = new NativeParser(blob.Reader, 0);

        Assert.Equal(4, parser.GetByte());
        Assert.Equal(0x7F, parser.GetByte());
        Assert.False(parser.Failed);
        Assert.Equal(0, parser.GetByte());
        Assert.True(parser.Failed);
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x0F, 0, 0, 0 })]
    public void InvalidOrCutEncodingFailsTheParser(byte[] bytes)
    {
        using var blob = new GuardedBlob(bytes);
        var unsignedParser = new NativeParser(blob.Reader, 0);
        var signedParser = new NativeParser(blob.Reader, 0);

        Assert.Equal(0u, unsignedParser.GetUnsigned());
        Assert.Equal(0, signedParser.GetSigned());

        Assert.True(unsignedParser.Failed);
        Assert.True(signedParser.Failed);
    }

    [Theory]
    [InlineData(2u)]
    [InlineData(3u)]
    [InlineData(uint.MaxValue)]
    public void ParserStartingAtOrPastTheEndHasFailed(uint offset)
    {
        using var blob = new GuardedBlob(new byte[] { 0x02, 0x04 });
        var parser = new NativeParser(blob.Reader, offset);

        Assert.True(parser.Failed);
        Assert.Equal(0u, parser.GetUnsigned());
    }

    [Fact]
    public void ParserOverAnEmptyTableHasFailed()
    {
        var parser = new NativeParser(new NativeReader(null, 0), 0);

        Assert.True(parser.Failed);
        Assert.Equal(0, parser.GetByte());
    }
}
