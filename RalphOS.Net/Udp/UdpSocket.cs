// UdpSocket: a bound UDP port with a bounded queue of received datagrams (RFC 768). The
// slots are allocated when the socket is created; a datagram arriving when the queue is full
// is dropped and counted. SocketTable delivers to it; the application reads with ReceiveFrom
// (sending goes straight out through NetStack.UdpSendTo).
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Udp;

public sealed class UdpSocket
{
    public const int QueueSlots = 8;
    /// <summary>Largest payload that fits one Ethernet frame without fragmentation.</summary>
    public const int MaxPayload = EthernetRepr.Mtu - Ipv4Repr.MinHeaderLength - UdpRepr.HeaderLength;

    readonly byte[][] _data = new byte[QueueSlots][];
    readonly int[] _length = new int[QueueSlots];
    readonly Ipv4Address[] _from = new Ipv4Address[QueueSlots];
    readonly ushort[] _fromPort = new ushort[QueueSlots];
    int _head, _count;

    public ushort LocalPort { get; private set; }
    public bool IsBound => LocalPort != 0;
    public long Dropped { get; private set; }
    public int Queued => _count;
    int _events;

    public UdpSocket()
    {
        for (int i = 0; i < QueueSlots; i++) _data[i] = new byte[MaxPayload];
    }

    public void Bind(ushort port) { LocalPort = port; }

    public void Release() { LocalPort = 0; _head = 0; _count = 0; _events = 0; }

    /// <summary>Queues a datagram; false (and counted) when the queue is full.</summary>
    public bool Deliver(Ipv4Address from, ushort fromPort, ReadOnlySpan<byte> payload)
    {
        if (_count == QueueSlots || payload.Length > MaxPayload) { Dropped++; return false; }
        int slot = (_head + _count) % QueueSlots;
        payload.CopyTo(_data[slot]);
        _length[slot] = payload.Length;
        _from[slot] = from;
        _fromPort[slot] = fromPort;
        _count++;
        _events |= Tcp.SocketEvents.Readable;
        return true;
    }

    /// <summary>Copies the oldest datagram (truncated to destination) and removes it; returns
    /// its length copied, or -1 when the queue is empty.</summary>
    public int ReceiveFrom(Span<byte> destination, out Ipv4Address from, out ushort fromPort)
    {
        if (_count == 0) { from = Ipv4Address.Any; fromPort = 0; return -1; }
        int n = Math.Min(destination.Length, _length[_head]);
        new Span<byte>(_data[_head], 0, n).CopyTo(destination);
        from = _from[_head];
        fromPort = _fromPort[_head];
        _head = (_head + 1) % QueueSlots;
        _count--;
        return n;
    }

    public int TakeEvents() { int e = _events; _events = 0; return e; }
}
