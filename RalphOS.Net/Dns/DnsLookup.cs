// DnsLookup: one name lookup as a state machine, so the retry and timeout rules are pure
// and host-tested while the kernel supplies the UDP socket and the waiting. The caller
// sends what PollTransmit returns, hands every datagram to Receive, and sleeps until a
// datagram arrives or Deadline passes; Status leaves Pending when the lookup ends.
// Each attempt waits twice as long as the one before (RFC 1035 4.2.1 and RFC 1536 say
// retransmit with back-off); all attempts share one ID, and only replies from the server's
// address and port are read (RFC 5452 section 9.1), so a stray or spoofed datagram is ignored.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Dns;

public sealed class DnsLookup
{
    public const int DefaultAttempts = 3;
    public const int DefaultFirstTimeoutMs = 1000;

    readonly ushort _id;
    readonly Ipv4Address _server;
    readonly ushort _serverPort;
    readonly int _attempts;
    readonly int _firstTimeoutMs;
    int _sent;
    bool _sawMalformed;

    public DnsLookup(string name, ushort id, Ipv4Address server, ushort serverPort,
        int attempts = DefaultAttempts, int firstTimeoutMs = DefaultFirstTimeoutMs)
    {
        Name = DnsName.Normalize(name);
        _id = id;
        _server = server;
        _serverPort = serverPort;
        _attempts = attempts;
        _firstTimeoutMs = firstTimeoutMs;
        if (Name == null) Status = DnsStatus.BadName;
        else if (server.IsUnspecified || serverPort == 0) Status = DnsStatus.NoServer;
    }

    /// <summary>The normalized name (null when it is not a host name).</summary>
    public string Name { get; }
    public DnsStatus Status { get; private set; }
    public DnsAnswer Answer { get; } = new DnsAnswer();
    /// <summary>When the current attempt times out (ms); meaningful while Pending.</summary>
    public long Deadline { get; private set; }
    public int AttemptsSent => _sent;
    /// <summary>Datagrams read and ignored (wrong source, other ID, malformed).</summary>
    public int Ignored { get; private set; }

    /// <summary>True when a query must be sent now; length is the query's size.</summary>
    public bool PollTransmit(long nowMs, Span<byte> query, out int length)
    {
        length = 0;
        if (Status != DnsStatus.Pending || (_sent > 0 && nowMs < Deadline)) return false;
        if (_sent == _attempts)
        {
            GiveUp();
            return false;
        }
        length = DnsQuery.Build(query, _id, Name);
        if (length < 0) { Status = DnsStatus.BadName; return false; }
        Deadline = nowMs + ((long)_firstTimeoutMs << _sent);
        _sent++;
        return true;
    }

    /// <summary>Reads one datagram; the lookup ends on an answer or a definite refusal.
    /// Malformed replies are ignored (a later good one may still come) and remembered: if
    /// nothing better arrives, the lookup ends Malformed instead of TimedOut.</summary>
    public void Receive(ReadOnlySpan<byte> datagram, Ipv4Address from, ushort fromPort)
    {
        if (Status != DnsStatus.Pending) return;
        if (from != _server || fromPort != _serverPort) { Ignored++; return; }
        DnsStatus result = DnsReply.Parse(datagram, _id, Name, Answer);
        if (result == DnsStatus.NotOurs || result == DnsStatus.Malformed)
        {
            Ignored++;
            if (result == DnsStatus.Malformed) _sawMalformed = true;
            return;
        }
        Status = result;
    }

    /// <summary>Ends a pending lookup because the caller stopped it (Ctrl-C).</summary>
    public void Cancel()
    {
        if (Status == DnsStatus.Pending) Status = DnsStatus.Interrupted;
    }

    /// <summary>Ends a pending lookup now (every attempt timed out, or the caller stops).</summary>
    public void GiveUp()
    {
        if (Status == DnsStatus.Pending) Status = _sawMalformed ? DnsStatus.Malformed : DnsStatus.TimedOut;
    }
}
