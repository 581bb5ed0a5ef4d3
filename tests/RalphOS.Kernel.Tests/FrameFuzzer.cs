// FrameFuzzer: a seeded generator of random and malformed Ethernet frames for the fuzz boot
// test (FuzzBootTests): random bytes, unknown EtherTypes, ARP with odd fields, IPv4 with bad
// headers and fragments, TCP with every flag combination and odd options, UDP and ICMP.
// Most frames carry correct checksums so they reach the deep layers; some break them on
// purpose. Addresses avoid the host side (10.0.2.1), so the checks that follow (ping,
// telnet, HTTP from the host) are not disturbed by a poisoned ARP entry on purpose.
using System;
using System.Buffers.Binary;

namespace RalphOS.Kernel.Tests;

internal sealed class FrameFuzzer
{
    public enum Kind { RandomBytes, UnknownEtherType, Arp, Ipv4BadHeader, Ipv4Fragment, Tcp, Udp, Icmp }
    public static readonly int KindCount = Enum.GetValues<Kind>().Length;

    private const int EthernetHeader = 14;
    private const int MaxFrame = 1514;
    private static readonly ushort[] Ports = { 23, 8080, 80, 53, 67, 68, 7, 9, 19 };

    private readonly Random _random;
    private readonly byte[] _guestMac;
    private readonly byte[] _guestIp = { 10, 0, 2, 15 };
    private int _tcpFlags;

    public FrameFuzzer(int seed, byte[] guestMac)
    {
        _random = new Random(seed);
        _guestMac = guestMac;
    }

    public long[] Counts { get; } = new long[KindCount];

    /// <summary>Writes the next frame into frame (at least 1514 bytes); returns its length.</summary>
    public int Next(byte[] frame)
    {
        var kind = (Kind)_random.Next(KindCount);
        Counts[(int)kind]++;
        Array.Clear(frame, 0, MaxFrame);
        switch (kind)
        {
            case Kind.RandomBytes: return RandomBytes(frame);
            case Kind.UnknownEtherType: return Ethernet(frame, (ushort)_random.Next(0x10000), _random.Next(0, 200));
            case Kind.Arp: return Arp(frame);
            case Kind.Ipv4BadHeader: return Ipv4BadHeader(frame);
            case Kind.Ipv4Fragment: return Ipv4Fragment(frame);
            case Kind.Tcp: return Tcp(frame);
            case Kind.Udp: return Udp(frame);
            default: return Icmp(frame);
        }
    }

    private int RandomBytes(byte[] frame)
    {
        int length = _random.Next(EthernetHeader, MaxFrame + 1);
        _random.NextBytes(frame.AsSpan(0, length));
        if (_random.Next(2) == 0) _guestMac.CopyTo(frame, 0); // some reach the stack's parsers
        return length;
    }

    // Ethernet header to the guest (sometimes broadcast or another host) and a random body.
    private int Ethernet(byte[] frame, ushort etherType, int bodyLength)
    {
        int pick = _random.Next(10);
        if (pick == 0) frame.AsSpan(0, 6).Fill(0xFF);
        else if (pick == 1) _random.NextBytes(frame.AsSpan(0, 6));
        else _guestMac.CopyTo(frame, 0);
        _random.NextBytes(frame.AsSpan(6, 6));
        frame[6] = (byte)(frame[6] & 0xFE | 0x02); // a unicast, locally administered sender
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(12), etherType);
        _random.NextBytes(frame.AsSpan(EthernetHeader, bodyLength));
        return EthernetHeader + bodyLength;
    }

    private int Arp(byte[] frame)
    {
        int length = Ethernet(frame, 0x0806, 28);
        Span<byte> arp = frame.AsSpan(EthernetHeader);
        BinaryPrimitives.WriteUInt16BigEndian(arp, (ushort)(_random.Next(4) == 0 ? _random.Next(0x10000) : 1));      // htype
        BinaryPrimitives.WriteUInt16BigEndian(arp.Slice(2), (ushort)(_random.Next(4) == 0 ? _random.Next(0x10000) : 0x0800));
        arp[4] = (byte)(_random.Next(4) == 0 ? _random.Next(256) : 6);
        arp[5] = (byte)(_random.Next(4) == 0 ? _random.Next(256) : 4);
        BinaryPrimitives.WriteUInt16BigEndian(arp.Slice(6), (ushort)_random.Next(0, 5));                                // op, 1 and 2 valid
        frame.AsSpan(6, 6).CopyTo(arp.Slice(8));
        StrangerIp(arp.Slice(14));
        if (_random.Next(2) == 0) _guestIp.CopyTo(arp.Slice(24)); else _random.NextBytes(arp.Slice(24, 4));
        if (_random.Next(8) == 0) length = EthernetHeader + _random.Next(0, 28);                                         // truncated
        return length;
    }

    private int Ipv4BadHeader(byte[] frame)
    {
        int payload = _random.Next(0, 120);
        int length = Ipv4(frame, (byte)_random.Next(256), payload, 0, false, (ushort)_random.Next(0x10000));
        Span<byte> ip = frame.AsSpan(EthernetHeader);
        switch (_random.Next(7))
        {
            case 0: ip[0] = (byte)(_random.Next(16) << 4 | ip[0] & 0x0F); break;                    // version
            case 1: ip[0] = (byte)(0x40 | _random.Next(16)); break;                                 // header length
            case 2: BinaryPrimitives.WriteUInt16BigEndian(ip.Slice(2), (ushort)_random.Next(0x10000)); break; // total length
            case 3: ip[8] = 0; break;                                                               // TTL 0
            case 4: ip[0] = 0x4F; _random.NextBytes(ip.Slice(20, 40)); break;                       // garbage options
            case 5: ip[6] = (byte)_random.Next(256); ip[7] = (byte)_random.Next(256); break;        // flags, offset
            default: break;                                                                         // checksum only
        }
        Ipv4Checksum(ip);
        if (_random.Next(3) == 0) ip[10] ^= (byte)(1 + _random.Next(255));                          // bad checksum
        return length;
    }

    private int Ipv4Fragment(byte[] frame)
    {
        int payload = 8 * _random.Next(0, 60);
        int offset = 8 * (_random.Next(4) == 0 ? _random.Next(8192) : _random.Next(0, 16));
        byte protocol = (byte)(new byte[] { 1, 6, 17 })[_random.Next(3)];
        return Ipv4(frame, protocol, payload, offset, _random.Next(3) != 0, (ushort)_random.Next(0, 8));
    }

    private int Tcp(byte[] frame)
    {
        int payload = _random.Next(4) == 0 ? _random.Next(0, 600) : 0;
        int optionsLength = 4 * _random.Next(0, 11);
        int headerLength = 20 + optionsLength;
        int length = Ipv4(frame, 6, headerLength + payload, 0, false, (ushort)_random.Next(0x10000));
        Span<byte> tcp = frame.AsSpan(EthernetHeader + 20, headerLength + payload);
        BinaryPrimitives.WriteUInt16BigEndian(tcp, (ushort)_random.Next(1, 0x10000));
        BinaryPrimitives.WriteUInt16BigEndian(tcp.Slice(2), Port());
        BinaryPrimitives.WriteUInt32BigEndian(tcp.Slice(4), (uint)_random.Next());
        BinaryPrimitives.WriteUInt32BigEndian(tcp.Slice(8), (uint)_random.Next());
        int dataOffset = _random.Next(8) == 0 ? _random.Next(16) : headerLength / 4;
        tcp[12] = (byte)(dataOffset << 4 | _random.Next(16));
        tcp[13] = (byte)(_tcpFlags++ & 0xFF);                  // every combination in turn
        BinaryPrimitives.WriteUInt16BigEndian(tcp.Slice(14), (ushort)_random.Next(0x10000));
        BinaryPrimitives.WriteUInt16BigEndian(tcp.Slice(18), (ushort)_random.Next(0x10000));
        OddOptions(tcp.Slice(20, optionsLength));
        TransportChecksum(frame, 6, tcp, 16);
        return length;
    }

    // Options with real kinds and wrong lengths, unknown kinds, zero lengths, running off the end.
    private void OddOptions(Span<byte> options)
    {
        int i = 0;
        while (i < options.Length)
        {
            int kind = _random.Next(6) switch { 0 => 0, 1 => 1, 2 => 2, 3 => 3, 4 => 8, _ => _random.Next(256) };
            options[i++] = (byte)kind;
            if (i >= options.Length) break;
            options[i++] = (byte)(_random.Next(3) == 0 ? _random.Next(256) : _random.Next(0, 12));
            int body = Math.Min(options.Length - i, _random.Next(0, 10));
            _random.NextBytes(options.Slice(i, body));
            i += body;
        }
    }

    private int Udp(byte[] frame)
    {
        int payload = _random.Next(0, 700);
        int length = Ipv4(frame, 17, 8 + payload, 0, false, (ushort)_random.Next(0x10000));
        Span<byte> udp = frame.AsSpan(EthernetHeader + 20, 8 + payload);
        BinaryPrimitives.WriteUInt16BigEndian(udp, _random.Next(4) == 0 ? (ushort)67 : Port());
        BinaryPrimitives.WriteUInt16BigEndian(udp.Slice(2), Port());
        int declared = _random.Next(5) == 0 ? _random.Next(0x10000) : 8 + payload;
        BinaryPrimitives.WriteUInt16BigEndian(udp.Slice(4), (ushort)declared);
        if (_random.Next(5) != 0) TransportChecksum(frame, 17, udp, 6);
        return length;
    }

    private int Icmp(byte[] frame)
    {
        int payload = _random.Next(0, 1400);
        int length = Ipv4(frame, 1, 4 + payload, 0, false, (ushort)_random.Next(0x10000));
        Span<byte> icmp = frame.AsSpan(EthernetHeader + 20, 4 + payload);
        icmp[0] = (byte)(_random.Next(2) == 0 ? 8 : _random.Next(256));
        icmp[1] = (byte)(_random.Next(2) == 0 ? 0 : _random.Next(256));
        if (_random.Next(5) != 0) BinaryPrimitives.WriteUInt16BigEndian(icmp.Slice(2), Checksum(0, icmp));
        return length;
    }

    // An IPv4 packet with a valid 20-byte header and a random payload of payloadLength bytes.
    private int Ipv4(byte[] frame, byte protocol, int payloadLength, int fragmentOffset, bool moreFragments, ushort id)
    {
        payloadLength = Math.Min(payloadLength, MaxFrame - EthernetHeader - 20);
        int length = Ethernet(frame, 0x0800, 20 + payloadLength);
        Span<byte> ip = frame.AsSpan(EthernetHeader);
        ip[0] = 0x45;
        ip[1] = (byte)_random.Next(256);
        BinaryPrimitives.WriteUInt16BigEndian(ip.Slice(2), (ushort)(20 + payloadLength));
        BinaryPrimitives.WriteUInt16BigEndian(ip.Slice(4), id);
        BinaryPrimitives.WriteUInt16BigEndian(ip.Slice(6), (ushort)((moreFragments ? 0x2000 : 0) | fragmentOffset / 8 & 0x1FFF));
        ip[8] = (byte)_random.Next(1, 256);
        ip[9] = protocol;
        StrangerIp(ip.Slice(12));
        int pick = _random.Next(12);
        if (pick == 0) ip.Slice(16, 4).Fill(0xFF);
        else if (pick == 1) { _guestIp.CopyTo(ip.Slice(16)); ip[19] = 255; }
        else if (pick == 2) _random.NextBytes(ip.Slice(16, 4));
        else _guestIp.CopyTo(ip.Slice(16));
        Ipv4Checksum(ip);
        return length;
    }

    // A source address that is not the host side: mostly 10.0.2.100-249, sometimes odd ones.
    private void StrangerIp(Span<byte> address)
    {
        switch (_random.Next(10))
        {
            case 0: address.Slice(0, 4).Clear(); break;                                     // 0.0.0.0
            case 1: address.Slice(0, 4).Fill(0xFF); break;                                  // broadcast
            case 2: _guestIp.CopyTo(address); break;                                        // the guest itself
            case 3: address[0] = (byte)_random.Next(224, 256); address[1] = 1; address[2] = 2; address[3] = 3; break; // multicast
            case 4: address[0] = 192; address[1] = 168; address[2] = (byte)_random.Next(256); address[3] = (byte)_random.Next(256); break;
            default: address[0] = 10; address[1] = 0; address[2] = 2; address[3] = (byte)_random.Next(100, 250); break;
        }
    }

    private ushort Port() => _random.Next(3) == 0 ? (ushort)_random.Next(1, 0x10000) : Ports[_random.Next(Ports.Length)];

    private static void Ipv4Checksum(Span<byte> ip)
    {
        int headerLength = (ip[0] & 0x0F) * 4;
        if (headerLength < 20) headerLength = 20;
        ip[10] = 0; ip[11] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(ip.Slice(10), Checksum(0, ip.Slice(0, headerLength)));
    }

    // RFC 793/768 pseudo-header checksum over a segment placed after a 20-byte IPv4 header.
    private static void TransportChecksum(byte[] frame, byte protocol, Span<byte> segment, int checksumOffset)
    {
        ReadOnlySpan<byte> ip = frame.AsSpan(EthernetHeader, 20);
        uint sum = 0;
        for (int i = 12; i < 20; i += 2) sum += BinaryPrimitives.ReadUInt16BigEndian(ip.Slice(i));
        sum += protocol;
        sum += (uint)segment.Length;
        segment[checksumOffset] = 0; segment[checksumOffset + 1] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(checksumOffset), Checksum(sum, segment));
    }

    // RFC 1071 ones' complement sum.
    private static ushort Checksum(uint sum, ReadOnlySpan<byte> data)
    {
        int i = 0;
        for (; i + 1 < data.Length; i += 2) sum += BinaryPrimitives.ReadUInt16BigEndian(data.Slice(i));
        if (i < data.Length) sum += (uint)data[i] << 8;
        while (sum >> 16 != 0) sum = (sum & 0xFFFF) + (sum >> 16);
        return (ushort)~sum;
    }
}
