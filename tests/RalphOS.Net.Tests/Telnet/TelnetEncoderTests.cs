// The output encoder (RFC 854): newline, bare CR and IAC on the wire, chunked output of any
// length through a small buffer, and a round trip through the decoder.
using System;
using System.Collections.Generic;
using RalphOS.Net.Telnet;
using Xunit;
using static RalphOS.Net.Tests.Telnet.TelnetDriver;

namespace RalphOS.Net.Tests.Telnet;

public class TelnetEncoderTests
{
    static byte[] EncodeAll(byte[] text, int chunk)
    {
        var wire = new byte[chunk];
        var all = new List<byte>();
        int offset = 0;
        for (int guard = 0; offset < text.Length; guard++)
        {
            Assert.True(guard <= text.Length, "no progress");
            TelnetOutputResult r = TelnetEncoder.Encode(new ReadOnlySpan<byte>(text, offset, text.Length - offset), wire);
            for (int i = 0; i < r.Written; i++) all.Add(wire[i]);
            offset += r.Consumed;
        }
        return all.ToArray();
    }

    [Theory]
    [InlineData("a\nb", new byte[] { 97, 13, 10, 98 })]
    [InlineData("a\r\nb", new byte[] { 97, 13, 10, 98 })]
    [InlineData("a\rb", new byte[] { 97, 13, 0, 98 })]
    [InlineData("\r", new byte[] { 13, 0 })]
    [InlineData("\n\n", new byte[] { 13, 10, 13, 10 })]
    [InlineData("\r\r\n", new byte[] { 13, 0, 13, 10 })]
    public void LineEndsFollowTheNvtRules(string text, byte[] expected)
    {
        Assert.Equal(expected, EncodeAll(Ascii(text), 64));
    }

    [Fact]
    public void Byte255IsDoubled()
    {
        Assert.Equal(Bytes('x', 255, 255, 'y'), EncodeAll(Bytes('x', 255, 'y'), 64));
    }

    [Fact]
    public void UnitsAreNeverSplitAcrossChunks()
    {
        var wire = new byte[3];
        TelnetOutputResult r = TelnetEncoder.Encode(Ascii("ab\nc"), wire);
        Assert.Equal(2, r.Consumed);                        // CR LF does not fit after "ab"
        Assert.Equal(2, r.Written);
        r = TelnetEncoder.Encode(Ascii("\n"), new byte[1]);
        Assert.Equal(0, r.Consumed);
    }

    [Fact]
    public void LongTextInSmallChunksMatchesOneShot()
    {
        var text = new byte[20000];
        uint x = 12345;
        for (int i = 0; i < text.Length; i++)
        {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            int pick = (int)(x % 20);
            text[i] = pick == 0 ? (byte)'\n' : pick == 1 ? (byte)'\r' : pick == 2 ? (byte)255 : (byte)('a' + pick);
        }
        byte[] whole = EncodeAll(text, 50000);
        foreach (int chunk in new[] { 2, 3, 7, 64, 1460 })
        {
            // The text span always reaches to the end, so a CR LF pair is always seen whole:
            // the size of the wire buffer cannot change the bytes.
            Assert.Equal(whole, EncodeAll(text, chunk));
        }
    }

    [Fact]
    public void StringOverloadEncodesFromStartAndMasksNonAscii()
    {
        var wire = new byte[64];
        TelnetOutputResult r = TelnetEncoder.Encode("xxREADY\n\u00e9", 2, wire);
        Assert.Equal(7, r.Consumed);
        Assert.Equal(Concat(Ascii("READY\r\n"), Ascii("?")), wire[..r.Written]);
    }

    [Fact]
    public void EncodedTextDecodesBackWithEntersAsCarriageReturns()
    {
        byte[] text = Concat(Ascii("10 PRINT \"A\"\n20 GOTO 10\r\n"), Bytes(255), Ascii("\rEND"));
        var session = new TelnetSession();
        var decoded = Feed(session, EncodeAll(text, 5));
        var expected = Text("10 PRINT \"A\"\r20 GOTO 10\r");
        expected.Add(255);
        expected.AddRange(Text("\rEND"));
        Assert.Equal(expected, decoded);
    }
}
