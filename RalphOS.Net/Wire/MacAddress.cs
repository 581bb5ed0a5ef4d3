// MacAddress: a 48-bit IEEE 802 hardware address as a value (held in the low 48 bits of a
// ulong, first octet most significant). Used by Ethernet, ARP, DHCP and the NIC driver.
using System;

namespace RalphOS.Net.Wire;

public readonly struct MacAddress
{
    public const int Length = 6;

    public readonly ulong Value;

    public MacAddress(ulong value) { Value = value & 0xFFFFFFFFFFFFUL; }

    public static readonly MacAddress Zero = new MacAddress(0UL);
    public static readonly MacAddress Broadcast = new MacAddress(0xFFFFFFFFFFFFUL);

    public bool IsBroadcast => Value == 0xFFFFFFFFFFFFUL;
    /// <summary>The group bit is the least significant bit of the first octet (IEEE 802).</summary>
    public bool IsMulticast => ((Value >> 40) & 1) != 0;

    public static MacAddress Read(ReadOnlySpan<byte> source)
    {
        ulong v = 0;
        for (int i = 0; i < Length; i++) v = (v << 8) | source[i];
        return new MacAddress(v);
    }

    public void Write(Span<byte> destination)
    {
        for (int i = 0; i < Length; i++) destination[i] = (byte)(Value >> (8 * (Length - 1 - i)));
    }

    public byte this[int index] => (byte)(Value >> (8 * (Length - 1 - index)));

    public bool Equals(MacAddress other) => Value == other.Value;
    public override bool Equals(object obj) => obj is MacAddress other && other.Value == Value;
    public override int GetHashCode() => (int)(Value ^ (Value >> 32));
    public static bool operator ==(MacAddress a, MacAddress b) => a.Value == b.Value;
    public static bool operator !=(MacAddress a, MacAddress b) => a.Value != b.Value;
}
