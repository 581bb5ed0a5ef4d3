// DnsReply: reads a reply to our A query (RFC 1035 section 4.1) into a DnsAnswer. It checks
// the header (our ID, QR set, standard opcode, TC clear, RCODE), that the one question is
// the name we asked, reads every answer record with bounds checks, then follows the CNAME
// chain from the asked name (order-independent, at most MaxChain links) and takes the A
// records of the name it ends at. Authority and additional sections are not needed and not
// read. Anything inconsistent is Malformed: the caller drops it, nothing throws.
// DnsLookup calls Parse for each datagram from the server.
using System;
using System.Buffers.Binary;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Dns;

public static class DnsReply
{
    /// <summary>A 512-byte reply cannot hold more records than this (11 bytes each at least).</summary>
    public const int MaxRecords = 48;
    /// <summary>CNAME links followed before the chain counts as a loop.</summary>
    public const int MaxChain = 8;
    /// <summary>RFC 2181 section 8: a TTL with the top bit set is treated as zero.</summary>
    const uint MaxTtl = 0x7FFFFFFFu;
    /// <summary>Type, class, TTL and RDLENGTH after a record's name (4.1.3).</summary>
    const int RecordFixedLength = 10;

    public static DnsStatus Parse(ReadOnlySpan<byte> message, ushort id, string askedName, DnsAnswer answer)
    {
        answer.Clear();
        if (message.Length < DnsHeader.Length) return DnsStatus.Malformed;
        if (BinaryPrimitives.ReadUInt16BigEndian(message) != id) return DnsStatus.NotOurs;
        ushort flags = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(2));
        if ((flags & DnsHeader.FlagResponse) == 0 || (flags & DnsHeader.OpcodeMask) != 0) return DnsStatus.Malformed;
        if ((flags & DnsHeader.FlagTruncated) != 0) return DnsStatus.Truncated;
        switch (flags & DnsHeader.RcodeMask)
        {
            case 0: break;
            case DnsHeader.RcodeNameError: return DnsStatus.NameNotFound;
            case DnsHeader.RcodeRefused: return DnsStatus.Refused;
            default: return DnsStatus.ServerFailure;
        }
        int questions = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(4));
        int answers = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(6));
        if (questions != 1 || answers > MaxRecords) return DnsStatus.Malformed;

        if (!DnsName.Read(message, DnsHeader.Length, out string question, out int offset)) return DnsStatus.Malformed;
        if (offset + 4 > message.Length || question != askedName
            || BinaryPrimitives.ReadUInt16BigEndian(message.Slice(offset)) != DnsHeader.TypeA
            || BinaryPrimitives.ReadUInt16BigEndian(message.Slice(offset + 2)) != DnsHeader.ClassInternet)
            return DnsStatus.Malformed;
        offset += 4;

        var owners = new string[answers];
        var types = new ushort[answers];
        var ttls = new uint[answers];
        var dataAt = new int[answers];
        for (int i = 0; i < answers; i++)
        {
            if (!DnsName.Read(message, offset, out owners[i], out offset)) return DnsStatus.Malformed;
            if (offset + RecordFixedLength > message.Length) return DnsStatus.Malformed;
            types[i] = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(offset));
            ushort recordClass = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(offset + 2));
            uint ttl = BinaryPrimitives.ReadUInt32BigEndian(message.Slice(offset + 4));
            int dataLength = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(offset + 8));
            offset += RecordFixedLength;
            if (offset + dataLength > message.Length) return DnsStatus.Malformed;
            if (recordClass != DnsHeader.ClassInternet) types[i] = 0; // not ours to use
            if (types[i] == DnsHeader.TypeA && dataLength != Ipv4Address.Length) return DnsStatus.Malformed;
            ttls[i] = ttl > MaxTtl ? 0 : ttl;
            dataAt[i] = offset;
            offset += dataLength;
        }
        return FollowChain(message, askedName, owners, types, ttls, dataAt, answer);
    }

    static DnsStatus FollowChain(ReadOnlySpan<byte> message, string name, string[] owners, ushort[] types,
        uint[] ttls, int[] dataAt, DnsAnswer answer)
    {
        uint ttl = MaxTtl;
        for (int link = 0; link <= MaxChain; link++)
        {
            for (int i = 0; i < owners.Length; i++)
            {
                if (types[i] != DnsHeader.TypeA || owners[i] != name) continue;
                answer.Add(Ipv4Address.Read(message.Slice(dataAt[i])));
                if (ttls[i] < ttl) ttl = ttls[i];
            }
            if (answer.Count > 0)
            {
                answer.CanonicalName = name;
                answer.TtlSeconds = ttl;
                return DnsStatus.Ok;
            }
            int alias = -1;
            for (int i = 0; i < owners.Length && alias < 0; i++)
                if (types[i] == DnsHeader.TypeCname && owners[i] == name) alias = i;
            if (alias < 0) return DnsStatus.NoAddress;
            if (!DnsName.Read(message, dataAt[alias], out name, out _)) return DnsStatus.Malformed;
            if (ttls[alias] < ttl) ttl = ttls[alias];
        }
        return DnsStatus.Malformed; // a chain longer than MaxChain: a loop
    }
}
