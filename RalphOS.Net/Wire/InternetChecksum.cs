// InternetChecksum: the 16-bit one's complement sum of RFC 1071, used by IPv4, ICMP, UDP and
// TCP. Accumulate adds big-endian 16-bit words into a wide running sum (only the last chunk
// may have odd length); Fold turns the sum into the final complemented checksum.
// PseudoHeader starts a UDP/TCP sum with the IPv4 pseudo-header (RFC 9293 section 3.1).
using System;

namespace RalphOS.Net.Wire;

public static class InternetChecksum
{
    public static ulong Accumulate(ulong sum, ReadOnlySpan<byte> data)
    {
        int i = 0;
        int even = data.Length & ~1;
        for (; i < even; i += 2) sum += (uint)((data[i] << 8) | data[i + 1]);
        if (i < data.Length) sum += (uint)(data[i] << 8);
        return sum;
    }

    /// <summary>Fold carries into 16 bits and complement: the value to store in a header.</summary>
    public static ushort Fold(ulong sum)
    {
        while ((sum >> 16) != 0) sum = (sum & 0xFFFF) + (sum >> 16);
        return (ushort)~sum;
    }

    public static ushort Compute(ReadOnlySpan<byte> data) => Fold(Accumulate(0, data));

    /// <summary>Sum of the pseudo-header: source, destination, zero, protocol, length.</summary>
    public static ulong PseudoHeader(Ipv4Address source, Ipv4Address destination, byte protocol, int length)
    {
        ulong sum = 0;
        sum += source.Value >> 16;
        sum += source.Value & 0xFFFF;
        sum += destination.Value >> 16;
        sum += destination.Value & 0xFFFF;
        sum += protocol;
        sum += (uint)length;
        return sum;
    }

    /// <summary>True when data (which contains its own checksum field) sums to all ones.</summary>
    public static bool Verify(ulong initial, ReadOnlySpan<byte> data) => Fold(Accumulate(initial, data)) == 0;
}
