// The input decoder (RFC 854): Enter normalisation, IAC escaping, Break signals in order,
// AYT, subnegotiation skipping (whole, split and unterminated) and small data buffers.
using System;
using System.Collections.Generic;
using RalphOS.Net.Telnet;
using Xunit;
using static RalphOS.Net.Tests.Telnet.TelnetDriver;

namespace RalphOS.Net.Tests.Telnet;

public class TelnetInputTests
{
    const int IAC = 255, SB = 250, SE = 240, DO = 253, WONT = 252;

    [Theory]
    [InlineData(new byte[] { 13, 10 })]
    [InlineData(new byte[] { 13, 0 })]
    [InlineData(new byte[] { 10 })]
    [InlineData(new byte[] { 13 })]
    [InlineData(new byte[] { 13, 255, 241, 10 })]          // CR IAC NOP LF: still one Enter
    public void EachEnterFormIsOneCarriageReturn(byte[] enter)
    {
        var session = Started();
        Assert.Equal(Text("a\rb"), Feed(session, Concat(Ascii("a"), enter, Ascii("b"))));
    }

    [Fact]
    public void EnterSplitAcrossFeedsIsStillOne()
    {
        var session = Started();
        var transcript = new List<int>();
        Feed(session, Ascii("run\r"), transcript);
        Feed(session, Ascii("\nlist\r"), transcript);
        Feed(session, Bytes(0), transcript);
        Assert.Equal(Text("run\rlist\r"), transcript);
    }

    [Fact]
    public void TwoEntersStayTwo()
    {
        var session = Started();
        Assert.Equal(Text("\r\r\r"), Feed(session, Ascii("\r\n\r\n\n")));
        Assert.Equal(Text("\r\rx"), Feed(session, Ascii("\r\rx")));
    }

    [Fact]
    public void DoubledIacIsTheDataByte255EvenWhenSplit()
    {
        var session = Started();
        Assert.Equal(new List<int> { 'a', 255, 'b' }, Feed(session, Bytes('a', IAC, IAC, 'b')));
        var transcript = new List<int>();
        Feed(session, Bytes('c', IAC), transcript);
        Feed(session, Bytes(IAC, 'd'), transcript);
        Assert.Equal(new List<int> { 'c', 255, 'd' }, transcript);
    }

    [Fact]
    public void CtrlCIsABreakBetweenTheDataAroundIt()
    {
        var session = Started();
        var data = new byte[16];
        byte[] wire = Ascii("ab\u0003cd");
        TelnetInputResult first = session.Receive(wire, data);
        Assert.Equal(TelnetSignal.Break, first.Signal);
        Assert.Equal(2, first.Written);
        Assert.Equal(3, first.Consumed);
        TelnetInputResult second = session.Receive(new ReadOnlySpan<byte>(wire, 3, 2), data);
        Assert.Equal(TelnetSignal.None, second.Signal);
        Assert.Equal((byte)'c', data[0]);
        Assert.Equal(2, second.Written);
    }

    [Fact]
    public void InterruptProcessAndBreakCommandsAreBreaksInOrder()
    {
        var session = Started();
        var transcript = new List<int>();
        Feed(session, Bytes('x', IAC), transcript);
        Feed(session, Bytes(244, 'y', 3, 3, IAC, 243, 'z'), transcript);
        Assert.Equal(new List<int> { 'x', BreakMark, 'y', BreakMark, BreakMark, BreakMark, 'z' }, transcript);
        Assert.Equal(4, session.Counters.Breaks);
    }

    [Fact]
    public void AreYouThereIsAnswered()
    {
        var session = Started();
        Assert.Equal(Text("ab"), Feed(session, Bytes('a', IAC, 246, 'b')));
        Assert.Equal(Ascii("\r\n[yes]\r\n"), Drain(session));
    }

    [Fact]
    public void EraseCommandsBecomeLineEditorKeysAndOthersAreIgnored()
    {
        var session = Started();
        // EC, EL, then NOP, DM, GA, AO, stray SE, and an invalid IAC 7.
        byte[] wire = Bytes('a', IAC, 247, IAC, 248, IAC, 241, IAC, 242, IAC, 249, IAC, 245, IAC, SE, IAC, 7, 'b');
        Assert.Equal(new List<int> { 'a', 127, 21, 'b' }, Feed(session, wire));
        Assert.Equal(5, session.Counters.CommandsIgnored);
        Assert.Equal(1, session.Counters.InvalidCommands);
        Assert.Empty(Drain(session));
    }

    [Fact]
    public void SubnegotiationIsSkippedWholeAndByteByByte()
    {
        // IAC SB NAWS 0 80 0 255 255 24 IAC SE: a window size with an escaped 255 inside.
        byte[] wire = Bytes('a', IAC, SB, 31, 0, 80, IAC, IAC, 0, 24, IAC, SE, 'b');
        Assert.Equal(Text("ab"), Feed(Started(), wire));

        var session = Started();
        var transcript = new List<int>();
        foreach (byte b in wire) Feed(session, new[] { b }, transcript);
        Assert.Equal(Text("ab"), transcript);
        Assert.Equal(1, session.Counters.SubnegotiationsSkipped);
    }

    [Fact]
    public void UnterminatedSubnegotiationIsAbandonedAtTheLimit()
    {
        var session = Started();
        var body = new byte[TelnetSession.SubnegotiationLimit - 1];
        Array.Fill(body, (byte)'x');
        // The option byte plus Limit-1 bytes reach the limit; what follows is data again.
        Assert.Equal(Text("ok"), Feed(session, Concat(Bytes(IAC, SB, 24), body, Ascii("ok"))));
        Assert.Equal(1, session.Counters.SubnegotiationsAbandoned);

        var endless = new byte[100000];
        Array.Fill(endless, (byte)IAC);                     // IAC IAC ... inside SB, forever
        endless[0] = IAC; endless[1] = SB;
        Feed(session, endless);
        Assert.True(session.Counters.SubnegotiationsAbandoned > 1);
        Assert.True(session.PendingReplyBytes <= TelnetSession.ReplyCapacity);
    }

    [Fact]
    public void CommandInsideSubnegotiationEndsItAndIsObeyed()
    {
        var session = Started();
        Assert.Equal(Text("ab"), Feed(session, Bytes('a', IAC, SB, 24, 1, IAC, DO, 24, 'b')));
        Assert.Equal(Bytes(IAC, WONT, 24), Drain(session));
    }

    [Fact]
    public void SmallDataBufferConsumesInputInPieces()
    {
        var session = Started();
        byte[] wire = Concat(Ascii("10 PRINT "), Bytes(IAC, 241), Ascii("\"HI\"\r\n"));
        Assert.Equal(Text("10 PRINT \"HI\"\r"), Feed(session, wire, dataSize: 1));
        var empty = session.Receive(wire, Span<byte>.Empty);
        Assert.Equal(0, empty.Consumed);
    }

    [Fact]
    public void NulOutsideEnterIsDroppedAndHighBytesPass()
    {
        var session = Started();
        Assert.Equal(new List<int> { 'a', 0xC3, 0xA9, 'b' }, Feed(session, Bytes('a', 0, 0xC3, 0xA9, 'b')));
        Assert.Equal(1, session.Counters.NulsDropped);
    }
}
