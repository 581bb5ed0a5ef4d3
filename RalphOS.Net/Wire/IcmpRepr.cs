// IcmpRepr: an ICMPv4 message header (RFC 792): type, code, and for echo messages the
// identifier and sequence number. Parse verifies the checksum over the whole message; the
// payload is message[HeaderLength..]. Emit writes the header and checksum over a message whose
// payload the caller already placed. Used by NetStack (echo reply) and PingTable.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Wire;

public struct IcmpRepr
{
    // Field offsets (RFC 792, "Echo or Echo Reply Message").
    public const int OffsetType = 0;
    public const int OffsetCode = 1;
    public const int OffsetChecksum = 2;
    public const int OffsetIdentifier = 4;
    public const int OffsetSequence = 6;
    public const int HeaderLength = 8;

    // Types (RFC 792).
    public const byte TypeEchoReply = 0;
    public const byte TypeDestinationUnreachable = 3;
    public const byte TypeEchoRequest = 8;
    public const byte TypeTimeExceeded = 11;

    public byte Type;
    public byte Code;
    /// <summary>Echo identifier (for other types: the high half of the rest-of-header word).</summary>
    public ushort Identifier;
    /// <summary>Echo sequence (for other types: the low half of the rest-of-header word).</summary>
    public ushort Sequence;

    public static WireResult Parse(ReadOnlySpan<byte> message, out IcmpRepr repr)
    {
        repr = default;
        if (message.Length < HeaderLength) return WireResult.Truncated;
        if (!InternetChecksum.Verify(0, message)) return WireResult.BadChecksum;
        repr.Type = message[OffsetType];
        repr.Code = message[OffsetCode];
        repr.Identifier = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(OffsetIdentifier));
        repr.Sequence = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(OffsetSequence));
        return WireResult.Ok;
    }

    /// <summary>Writes the header into message[0..8] and the checksum over all of message.</summary>
    public void Emit(Span<byte> message)
    {
        message[OffsetType] = Type;
        message[OffsetCode] = Code;
        BinaryPrimitives.WriteUInt16BigEndian(message.Slice(OffsetChecksum), 0);
        BinaryPrimitives.WriteUInt16BigEndian(message.Slice(OffsetIdentifier), Identifier);
        BinaryPrimitives.WriteUInt16BigEndian(message.Slice(OffsetSequence), Sequence);
        BinaryPrimitives.WriteUInt16BigEndian(message.Slice(OffsetChecksum), InternetChecksum.Compute(message));
    }
}
