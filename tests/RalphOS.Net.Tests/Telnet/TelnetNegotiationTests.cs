// Option negotiation (RFC 854, 857, 858, 1143): the opening requests, the reply sequences of
// real clients, refusals, and the absence of loops against badly behaved peers.
using System;
using RalphOS.Net.Telnet;
using Xunit;
using static RalphOS.Net.Tests.Telnet.TelnetDriver;

namespace RalphOS.Net.Tests.Telnet;

public class TelnetNegotiationTests
{
    const int IAC = 255, DONT = 254, DO = 253, WONT = 252, WILL = 251;
    const int ECHO = 1, SGA = 3, STATUS = 5, TTYPE = 24, NAWS = 31, TSPEED = 32, LFLOW = 33,
        LINEMODE = 34, XDISPLOC = 35, NEWENVIRON = 39;

    [Fact]
    public void StartQueuesWillEchoWillSgaDoSga()
    {
        var session = new TelnetSession();
        session.Start();
        Assert.Equal(Bytes(IAC, WILL, ECHO, IAC, WILL, SGA, IAC, DO, SGA), Drain(session));
        Assert.Equal(TelnetOptionState.WantYes, session.EchoState);
        Assert.False(session.ServerEchoes);
        session.Start();                                   // nothing new to ask for
        Assert.Empty(Drain(session));
    }

    [Fact]
    public void LinuxTelnetSequenceSettlesWithoutFurtherNegotiation()
    {
        var session = Started();
        // netkit telnet's own offers, then its answers to ours.
        byte[] offers = Bytes(IAC, WILL, TTYPE, IAC, WILL, NAWS, IAC, WILL, TSPEED, IAC, WILL, LFLOW,
            IAC, WILL, LINEMODE, IAC, WILL, NEWENVIRON, IAC, DO, STATUS, IAC, WILL, XDISPLOC);
        byte[] answers = Bytes(IAC, DO, ECHO, IAC, DO, SGA, IAC, WILL, SGA);
        Assert.Empty(Feed(session, Concat(offers, answers)));
        Assert.Equal(Bytes(IAC, DONT, TTYPE, IAC, DONT, NAWS, IAC, DONT, TSPEED, IAC, DONT, LFLOW,
            IAC, DONT, LINEMODE, IAC, DONT, NEWENVIRON, IAC, WONT, STATUS, IAC, DONT, XDISPLOC), Drain(session));
        Assert.True(session.ServerEchoes);
        Assert.Equal(TelnetOptionState.Yes, session.LocalSuppressGoAheadState);
        Assert.Equal(TelnetOptionState.Yes, session.RemoteSuppressGoAheadState);

        // The client may acknowledge our refusals and repeat its confirmations: all quiet.
        byte[] echoes = Bytes(IAC, WONT, TTYPE, IAC, WONT, NAWS, IAC, DONT, STATUS,
            IAC, DO, ECHO, IAC, DO, SGA, IAC, WILL, SGA);
        Assert.Empty(Feed(session, echoes));
        Assert.Empty(Drain(session));
        Assert.Equal(Text("ls\r"), Feed(session, Ascii("ls\r\0")));
    }

    [Fact]
    public void NetcatSendsNoIacAndGetsPlainLines()
    {
        var session = Started();
        Assert.Equal(Text("PRINT 1\r10 GOTO 10\r"), Feed(session, Ascii("PRINT 1\n10 GOTO 10\n")));
        Assert.Empty(Drain(session));
        Assert.False(session.ServerEchoes);               // netcat's terminal echoes for itself
        Assert.Equal(TelnetOptionState.WantYes, session.EchoState);
    }

    [Fact]
    public void UnknownDoAndWillAreRefusedExactlyOnce()
    {
        var session = Started();
        Feed(session, Bytes(IAC, DO, TTYPE));
        Assert.Equal(Bytes(IAC, WONT, TTYPE), Drain(session));
        Feed(session, Bytes(IAC, WILL, NAWS));
        Assert.Equal(Bytes(IAC, DONT, NAWS), Drain(session));
        Feed(session, Bytes(IAC, WILL, ECHO));             // the client must not echo too
        Assert.Equal(Bytes(IAC, DONT, ECHO), Drain(session));
        Assert.Equal(3, session.Counters.OptionsRefused);
        // The client's replies to the refusals change nothing and are not answered.
        Feed(session, Bytes(IAC, WONT, TTYPE, IAC, DONT, NAWS, IAC, WONT, ECHO, IAC, DONT, TTYPE));
        Assert.Empty(Drain(session));
    }

    [Fact]
    public void RepeatedConfirmationsAreNeverAcknowledged()
    {
        var session = Started();
        var storm = new byte[300];
        for (int i = 0; i < storm.Length; i += 3) { storm[i] = IAC; storm[i + 1] = DO; storm[i + 2] = ECHO; }
        Feed(session, storm);
        Assert.Empty(Drain(session));
        Assert.True(session.ServerEchoes);
        Assert.Equal(100, session.Counters.NegotiationsQuiet);
    }

    [Fact]
    public void DontEchoTurnsEchoOffOnceAndDoEchoBackOn()
    {
        var session = Started();
        Feed(session, Bytes(IAC, DO, ECHO));
        Assert.Empty(Drain(session));
        Feed(session, Bytes(IAC, DONT, ECHO, IAC, DONT, ECHO));
        Assert.Equal(Bytes(IAC, WONT, ECHO), Drain(session));
        Assert.False(session.ServerEchoes);
        Feed(session, Bytes(IAC, DO, ECHO, IAC, DO, ECHO));
        Assert.Equal(Bytes(IAC, WILL, ECHO), Drain(session));
        Assert.True(session.ServerEchoes);
    }

    [Fact]
    public void RefusalOfOurRequestIsAcceptedSilently()
    {
        var session = Started();
        Feed(session, Bytes(IAC, DONT, ECHO, IAC, WONT, SGA, IAC, DONT, SGA));
        Assert.Empty(Drain(session));
        Assert.Equal(TelnetOptionState.No, session.EchoState);
        Assert.Equal(TelnetOptionState.No, session.RemoteSuppressGoAheadState);
        Assert.Equal(TelnetOptionState.No, session.LocalSuppressGoAheadState);
    }

    [Fact]
    public void WontSgaAfterAgreementIsAcknowledgedOnce()
    {
        var session = Started();
        Feed(session, Bytes(IAC, WILL, SGA));
        Feed(session, Bytes(IAC, WONT, SGA, IAC, WONT, SGA));
        Assert.Equal(Bytes(IAC, DONT, SGA), Drain(session));
    }

    // A peer that answers every request with agreement, confirmations included: the classic
    // partner for a loop (RFC 1143 section 1).
    static byte[] NaiveAcknowledger(byte[] fromServer)
    {
        var reply = new System.Collections.Generic.List<byte>();
        for (int i = 0; i + 2 < fromServer.Length; i++)
        {
            if (fromServer[i] != IAC) continue;
            byte verb = fromServer[i + 1];
            byte answer = verb switch { WILL => DO, WONT => DONT, DO => WILL, DONT => WONT, _ => 0 };
            if (answer == 0) continue;
            reply.Add(IAC); reply.Add(answer); reply.Add(fromServer[i + 2]);
            i += 2;
        }
        return reply.ToArray();
    }

    [Theory]
    [InlineData("mirror")]
    [InlineData("acknowledger")]
    public void BadlyBehavedPeersDoNotLoop(string kind)
    {
        var session = new TelnetSession();
        session.Start();
        byte[] toClient = Drain(session);
        // The peer also offers options of its own every round it talks.
        int rounds = 0;
        while (toClient.Length > 0 && rounds < 50)
        {
            byte[] fromClient = kind == "mirror" ? toClient : NaiveAcknowledger(toClient);
            if (rounds == 0) fromClient = Concat(fromClient, Bytes(IAC, WILL, NAWS, IAC, DO, TTYPE));
            Feed(session, fromClient);
            toClient = Drain(session);
            rounds++;
        }
        Assert.True(rounds <= 3, "negotiation still running after " + rounds + " rounds");
    }

    [Fact]
    public void RequestStormWithoutDrainingStaysBounded()
    {
        var session = Started();
        var storm = new byte[30000];
        for (int i = 0; i < storm.Length; i += 3) { storm[i] = IAC; storm[i + 1] = DO; storm[i + 2] = TTYPE; }
        Feed(session, storm);
        Assert.True(session.PendingReplyBytes <= TelnetSession.ReplyCapacity);
        Assert.True(session.Counters.RepliesDropped > 0);
        Assert.Equal(TelnetSession.ReplyCapacity / 3 * 3, Drain(session).Length);
        Feed(session, Bytes(IAC, DO, NAWS));               // answered again once drained
        Assert.Equal(Bytes(IAC, WONT, NAWS), Drain(session));
    }
}
