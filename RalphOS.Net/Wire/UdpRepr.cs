// UdpRepr: the UDP header (RFC 768). Parse checks the length field against the buffer and,
// when the checksum is not zero, verifies it with the IPv4 pseudo-header; the payload is
// datagram[HeaderLength..Length]. Emit writes the header and checksum over a datagram whose
// payload the caller already placed. Used by NetStack for UDP sockets and DHCP.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Wire;

public struct UdpRepr
{
    // Field offsets (RFC 768, "Format").
    public const int OffsetSourcePort = 0;
    public const int OffsetDestinationPort = 2;
    public const int OffsetLength = 4;
    public const int OffsetChecksum = 6;
    public const int HeaderLength = 8;

    public ushort SourcePort;
    public ushort DestinationPort;
    /// <summary>Header plus payload, in bytes.</summary>
    public ushort Length;

    public int PayloadLength => Length - HeaderLength;

    public static WireResult Parse(ReadOnlySpan<byte> datagram, Ipv4Address source, Ipv4Address destination, out UdpRepr repr)
    {
        repr = default;
        if (datagram.Length < HeaderLength) return WireResult.Truncated;
        int length = BinaryPrimitives.ReadUInt16BigEndian(datagram.Slice(OffsetLength));
        if (length < HeaderLength) return WireResult.BadLength;
        if (length > datagram.Length) return WireResult.Truncated;
        // RFC 768: an all-zero checksum means the sender computed none.
        if (BinaryPrimitives.ReadUInt16BigEndian(datagram.Slice(OffsetChecksum)) != 0)
        {
            ulong pseudo = InternetChecksum.PseudoHeader(source, destination, Ipv4Repr.ProtocolUdp, length);
            if (!InternetChecksum.Verify(pseudo, datagram.Slice(0, length))) return WireResult.BadChecksum;
        }
        repr.SourcePort = BinaryPrimitives.ReadUInt16BigEndian(datagram.Slice(OffsetSourcePort));
        repr.DestinationPort = BinaryPrimitives.ReadUInt16BigEndian(datagram.Slice(OffsetDestinationPort));
        repr.Length = (ushort)length;
        return WireResult.Ok;
    }

    /// <summary>Emits over datagram[0..Length]; the payload must already be in place.</summary>
    public void Emit(Span<byte> datagram, Ipv4Address source, Ipv4Address destination)
    {
        BinaryPrimitives.WriteUInt16BigEndian(datagram.Slice(OffsetSourcePort), SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(datagram.Slice(OffsetDestinationPort), DestinationPort);
        BinaryPrimitives.WriteUInt16BigEndian(datagram.Slice(OffsetLength), Length);
        BinaryPrimitives.WriteUInt16BigEndian(datagram.Slice(OffsetChecksum), 0);
        ulong pseudo = InternetChecksum.PseudoHeader(source, destination, Ipv4Repr.ProtocolUdp, Length);
        ushort checksum = InternetChecksum.Fold(InternetChecksum.Accumulate(pseudo, datagram.Slice(0, Length)));
        // RFC 768: a computed zero is sent as all ones.
        if (checksum == 0) checksum = 0xFFFF;
        BinaryPrimitives.WriteUInt16BigEndian(datagram.Slice(OffsetChecksum), checksum);
    }
}
