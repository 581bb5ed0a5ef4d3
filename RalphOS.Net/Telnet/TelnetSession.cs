// TelnetSession: the server side of one telnet connection, as pure logic over bytes. The
// kernel's telnet server keeps one per accepted TCP connection:
//   Start()                          queue the opening negotiation (WILL ECHO, WILL SGA, DO SGA)
//   Receive(wire, data)              decode received bytes into terminal data (+ Break signal)
//   DrainReplies(wire)               take what the session owes the client; send it first
//   TelnetEncoder.Encode(text, wire) encode terminal output for the wire
// Memory is fixed at construction (the reply buffer); nothing here allocates per byte or
// throws, and every loop is bounded by its input. The decoder lives in TelnetSession.Input.cs.
using System;

namespace RalphOS.Net.Telnet;

public sealed partial class TelnetSession
{
    /// <summary>Bytes of IAC SB ... skipped before an unterminated subnegotiation is abandoned
    /// and decoding returns to data. The server negotiates no option with subnegotiation, so
    /// anything long here is a broken or hostile client.</summary>
    public const int SubnegotiationLimit = 512;

    /// <summary>The most bytes DrainReplies can ever return at once.</summary>
    public const int ReplyCapacity = TelnetReplyQueue.Capacity;

    readonly TelnetReplyQueue _replies = new TelnetReplyQueue();
    readonly TelnetNegotiation _negotiation = new TelnetNegotiation();
    readonly TelnetCounters _counters = new TelnetCounters();

    public TelnetCounters Counters => _counters;

    /// <summary>Queues the server's opening requests; calling it again asks only for options
    /// that are currently off.</summary>
    public void Start() => _negotiation.Start(_replies);

    /// <summary>True when the client agreed that the server echoes (DO ECHO received). Until
    /// then (netcat never answers) the client's terminal echoes, so the line editor must not.</summary>
    public bool ServerEchoes => _negotiation.LocalEcho == TelnetOptionState.Yes;

    public TelnetOptionState EchoState => _negotiation.LocalEcho;
    public TelnetOptionState LocalSuppressGoAheadState => _negotiation.LocalSuppressGoAhead;
    public TelnetOptionState RemoteSuppressGoAheadState => _negotiation.RemoteSuppressGoAhead;

    /// <summary>Bytes waiting in the reply buffer (never more than ReplyCapacity).</summary>
    public int PendingReplyBytes => _replies.Count;

    /// <summary>Moves queued replies (negotiation, AYT answers) into wire, oldest first, and
    /// returns how many. Send them before any terminal output written after the Receive.</summary>
    public int DrainReplies(Span<byte> wire) => _replies.Drain(wire);
}
