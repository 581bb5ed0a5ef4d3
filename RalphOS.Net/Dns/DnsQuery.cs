// DnsQuery: builds the one query this resolver sends (RFC 1035 section 4.1): a header with
// the given ID and RD set (we are a stub resolver and want the server to recurse), and one
// question: the name, QTYPE A, QCLASS IN. DnsLookup calls it for each attempt.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Dns;

public static class DnsQuery
{
    /// <summary>Writes the query; returns its length, or -1 when the name is not a host name
    /// or the buffer is too small.</summary>
    public static int Build(Span<byte> destination, ushort id, string name)
    {
        string normalized = DnsName.Normalize(name);
        if (normalized == null || destination.Length < DnsHeader.Length) return -1;
        destination.Slice(0, DnsHeader.Length).Clear();
        BinaryPrimitives.WriteUInt16BigEndian(destination, id);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(2), DnsHeader.FlagRecursionDesired);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(4), 1); // QDCOUNT
        int nameLength = DnsName.Encode(normalized, destination.Slice(DnsHeader.Length));
        int end = DnsHeader.Length + nameLength;
        if (nameLength < 0 || end + 4 > destination.Length) return -1;
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(end), DnsHeader.TypeA);
        BinaryPrimitives.WriteUInt16BigEndian(destination.Slice(end + 2), DnsHeader.ClassInternet);
        return end + 4;
    }
}
