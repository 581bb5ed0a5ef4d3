// EthernetRepr: the Ethernet II header (IEEE 802.3 clause 3.2 with DIX type field):
// destination, source, EtherType. Parse checks the length once; the payload is
// frame[HeaderLength..]. Emit writes the 14-byte header in front of a payload the caller
// already placed. Called by NetStack for every frame in and out.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Wire;

public struct EthernetRepr
{
    // Field offsets (IEEE 802.3 / Ethernet II).
    public const int OffsetDestination = 0;
    public const int OffsetSource = 6;
    public const int OffsetEtherType = 12;
    public const int HeaderLength = 14;
    /// <summary>Largest payload on a standard Ethernet link (the IP MTU).</summary>
    public const int Mtu = 1500;
    public const int MaxFrameLength = HeaderLength + Mtu;
    /// <summary>Minimum frame length without the FCS; shorter frames are padded (IEEE 802.3 4.2.3.3).</summary>
    public const int MinFrameLength = 60;

    // EtherType values (IANA ieee-802-numbers registry).
    public const ushort EtherTypeIpv4 = 0x0800;
    public const ushort EtherTypeArp = 0x0806;

    public MacAddress Destination;
    public MacAddress Source;
    public ushort EtherType;

    public static WireResult Parse(ReadOnlySpan<byte> frame, out EthernetRepr repr)
    {
        repr = default;
        if (frame.Length < HeaderLength) return WireResult.Truncated;
        repr.Destination = MacAddress.Read(frame.Slice(OffsetDestination));
        repr.Source = MacAddress.Read(frame.Slice(OffsetSource));
        repr.EtherType = BinaryPrimitives.ReadUInt16BigEndian(frame.Slice(OffsetEtherType));
        return WireResult.Ok;
    }

    public void Emit(Span<byte> frame)
    {
        Destination.Write(frame.Slice(OffsetDestination));
        Source.Write(frame.Slice(OffsetSource));
        BinaryPrimitives.WriteUInt16BigEndian(frame.Slice(OffsetEtherType), EtherType);
    }
}
