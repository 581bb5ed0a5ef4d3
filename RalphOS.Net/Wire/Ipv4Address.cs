// Ipv4Address: an IPv4 address as a value, held as a uint whose top byte is the first octet
// (so 10.0.2.15 is 0x0A00020F). Read/Write move it to and from network byte order.
// Used by every layer above Ethernet.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Wire;

public readonly struct Ipv4Address
{
    public const int Length = 4;

    public readonly uint Value;

    public Ipv4Address(uint value) { Value = value; }

    public Ipv4Address(byte a, byte b, byte c, byte d)
    {
        Value = ((uint)a << 24) | ((uint)b << 16) | ((uint)c << 8) | d;
    }

    public static readonly Ipv4Address Any = new Ipv4Address(0u);
    public static readonly Ipv4Address Broadcast = new Ipv4Address(0xFFFFFFFFu);

    public bool IsUnspecified => Value == 0;
    public bool IsBroadcast => Value == 0xFFFFFFFFu;
    /// <summary>224.0.0.0/4 (RFC 5771).</summary>
    public bool IsMulticast => (Value & 0xF0000000u) == 0xE0000000u;

    public static Ipv4Address Read(ReadOnlySpan<byte> source) =>
        new Ipv4Address(BinaryPrimitives.ReadUInt32BigEndian(source));

    public void Write(Span<byte> destination) =>
        BinaryPrimitives.WriteUInt32BigEndian(destination, Value);

    /// <summary>True when this and other share the network given by mask.</summary>
    public bool SameSubnet(Ipv4Address other, Ipv4Address mask) =>
        (Value & mask.Value) == (other.Value & mask.Value);

    public bool Equals(Ipv4Address other) => Value == other.Value;
    public override bool Equals(object obj) => obj is Ipv4Address other && other.Value == Value;
    public override int GetHashCode() => (int)Value;
    public static bool operator ==(Ipv4Address a, Ipv4Address b) => a.Value == b.Value;
    public static bool operator !=(Ipv4Address a, Ipv4Address b) => a.Value != b.Value;

    public override string ToString() =>
        string.Concat(string.Concat(((Value >> 24) & 0xFF).ToString(), ".", ((Value >> 16) & 0xFF).ToString()),
            ".", string.Concat(((Value >> 8) & 0xFF).ToString(), ".", (Value & 0xFF).ToString()));
}
