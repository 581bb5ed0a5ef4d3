// PingTable: outstanding ICMP echo requests we sent (RFC 792 echo) and their replies, for a
// BASIC PING statement and the kernel's ping command. NetStack.SendPing records a request
// here; an echo reply with our identifier completes it with a round-trip time.
using RalphOS.Net.Wire;

namespace RalphOS.Net.Icmp;

public sealed class PingTable
{
    public const int Slots = 8;
    /// <summary>The echo identifier this stack puts in its requests.</summary>
    public const ushort Identifier = 0x5250; // "RP"

    readonly ushort[] _sequence = new ushort[Slots];
    readonly Ipv4Address[] _target = new Ipv4Address[Slots];
    readonly long[] _sentAt = new long[Slots];
    readonly int[] _rttMs = new int[Slots];
    readonly PingStatus[] _status = new PingStatus[Slots];
    int _next;

    public void Record(Ipv4Address target, ushort sequence, long nowMs)
    {
        int slot = _next;
        _next = (_next + 1) % Slots;
        _sequence[slot] = sequence; _target[slot] = target; _sentAt[slot] = nowMs;
        _status[slot] = PingStatus.Waiting;
    }

    public void OnReply(Ipv4Address from, ref IcmpRepr reply, long nowMs)
    {
        if (reply.Identifier != Identifier) return;
        for (int i = 0; i < Slots; i++)
        {
            if (_status[i] != PingStatus.Waiting || _sequence[i] != reply.Sequence || _target[i] != from) continue;
            _status[i] = PingStatus.Replied;
            _rttMs[i] = (int)(nowMs - _sentAt[i]);
        }
    }

    public PingStatus Query(ushort sequence, out int rttMs)
    {
        for (int i = 0; i < Slots; i++)
        {
            if (_status[i] == PingStatus.Unknown || _sequence[i] != sequence) continue;
            rttMs = _rttMs[i];
            return _status[i];
        }
        rttMs = 0;
        return PingStatus.Unknown;
    }
}
