// TcpRepr: the TCP header with its options (RFC 9293 section 3.1; options MSS from RFC 9293
// 3.2, window scale and timestamps from RFC 7323, SACK-permitted from RFC 2018). Parse checks
// the data offset, walks the options (any option running past the header is BadOptions) and
// verifies the checksum with the pseudo-header; the payload is segment[HeaderLength..].
// Emit writes header and options in the order Linux uses, then the checksum over a segment
// whose payload the caller already placed. The state machine (TcpSocket) sees only this.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Wire;

public struct TcpRepr
{
    // Field offsets (RFC 9293 section 3.1).
    public const int OffsetSourcePort = 0;
    public const int OffsetDestinationPort = 2;
    public const int OffsetSequence = 4;
    public const int OffsetAcknowledgment = 8;
    public const int OffsetDataOffset = 12;
    public const int OffsetFlags = 13;
    public const int OffsetWindow = 14;
    public const int OffsetChecksum = 16;
    public const int OffsetUrgent = 18;
    public const int MinHeaderLength = 20;
    public const int MaxHeaderLength = 60;

    // Option kinds (IANA tcp-parameters).
    public const byte OptionEnd = 0;
    public const byte OptionNop = 1;
    public const byte OptionMss = 2;
    public const byte OptionWindowScale = 3;
    public const byte OptionSackPermitted = 4;
    public const byte OptionTimestamp = 8;

    public ushort SourcePort;
    public ushort DestinationPort;
    public uint Sequence;
    public uint Acknowledgment;
    public byte Flags;
    public ushort Window;
    public ushort UrgentPointer;
    /// <summary>Header length in bytes including options (set by Parse and by Emit).</summary>
    public int HeaderLength;
    /// <summary>Maximum segment size option; 0 when absent.</summary>
    public ushort MaxSegmentSize;
    public bool HasWindowScale;
    public byte WindowScale;
    public bool SackPermitted;
    public bool HasTimestamp;
    public uint TimestampValue;
    public uint TimestampEcho;

    public bool Has(byte flag) => (Flags & flag) != 0;

    public static WireResult Parse(ReadOnlySpan<byte> segment, Ipv4Address source, Ipv4Address destination, out TcpRepr repr)
    {
        repr = default;
        if (segment.Length < MinHeaderLength) return WireResult.Truncated;
        int headerLength = (segment[OffsetDataOffset] >> 4) * 4;
        if (headerLength < MinHeaderLength) return WireResult.BadHeaderLength;
        if (headerLength > segment.Length) return WireResult.Truncated;
        ulong pseudo = InternetChecksum.PseudoHeader(source, destination, Ipv4Repr.ProtocolTcp, segment.Length);
        if (!InternetChecksum.Verify(pseudo, segment)) return WireResult.BadChecksum;

        repr.SourcePort = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(OffsetSourcePort));
        repr.DestinationPort = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(OffsetDestinationPort));
        repr.Sequence = BinaryPrimitives.ReadUInt32BigEndian(segment.Slice(OffsetSequence));
        repr.Acknowledgment = BinaryPrimitives.ReadUInt32BigEndian(segment.Slice(OffsetAcknowledgment));
        repr.Flags = segment[OffsetFlags];
        repr.Window = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(OffsetWindow));
        repr.UrgentPointer = BinaryPrimitives.ReadUInt16BigEndian(segment.Slice(OffsetUrgent));
        repr.HeaderLength = headerLength;
        return ParseOptions(segment.Slice(MinHeaderLength, headerLength - MinHeaderLength), ref repr);
    }

    static WireResult ParseOptions(ReadOnlySpan<byte> options, ref TcpRepr repr)
    {
        int i = 0;
        while (i < options.Length)
        {
            byte kind = options[i];
            if (kind == OptionEnd) break;
            if (kind == OptionNop) { i++; continue; }
            if (i + 1 >= options.Length) return WireResult.BadOptions;
            int length = options[i + 1];
            if (length < 2 || i + length > options.Length) return WireResult.BadOptions;
            ReadOnlySpan<byte> body = options.Slice(i + 2, length - 2);
            switch (kind)
            {
                case OptionMss:
                    if (length != 4) return WireResult.BadOptions;
                    repr.MaxSegmentSize = BinaryPrimitives.ReadUInt16BigEndian(body);
                    break;
                case OptionWindowScale:
                    if (length != 3) return WireResult.BadOptions;
                    repr.HasWindowScale = true;
                    repr.WindowScale = body[0];
                    break;
                case OptionSackPermitted:
                    if (length != 2) return WireResult.BadOptions;
                    repr.SackPermitted = true;
                    break;
                case OptionTimestamp:
                    if (length != 10) return WireResult.BadOptions;
                    repr.HasTimestamp = true;
                    repr.TimestampValue = BinaryPrimitives.ReadUInt32BigEndian(body);
                    repr.TimestampEcho = BinaryPrimitives.ReadUInt32BigEndian(body.Slice(4));
                    break;
                default:
                    break; // unknown options are skipped (RFC 9293 3.2, "must be prepared")
            }
            i += length;
        }
        return WireResult.Ok;
    }

    /// <summary>Bytes of options Emit will write, padded to a multiple of four.</summary>
    public int OptionsLength()
    {
        int length = 0;
        if (MaxSegmentSize != 0) length += 4;
        if (HasTimestamp) length += 12;          // NOP NOP TS, or SACK-permitted + TS
        else if (SackPermitted) length += 4;     // NOP NOP SACK-permitted
        if (HasWindowScale) length += 4;         // NOP WS
        return length;
    }

    /// <summary>Writes header and options into segment[0..HeaderLength] and the checksum over
    /// all of segment (header plus the payload the caller placed after it).</summary>
    public void Emit(Span<byte> segment, Ipv4Address source, Ipv4Address destination)
    {
        HeaderLength = MinHeaderLength + OptionsLength();
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(OffsetSourcePort), SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(OffsetDestinationPort), DestinationPort);
        BinaryPrimitives.WriteUInt32BigEndian(segment.Slice(OffsetSequence), Sequence);
        BinaryPrimitives.WriteUInt32BigEndian(segment.Slice(OffsetAcknowledgment), Acknowledgment);
        segment[OffsetDataOffset] = (byte)((HeaderLength / 4) << 4);
        segment[OffsetFlags] = Flags;
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(OffsetWindow), Window);
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(OffsetChecksum), 0);
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(OffsetUrgent), UrgentPointer);
        EmitOptions(segment.Slice(MinHeaderLength));
        ulong pseudo = InternetChecksum.PseudoHeader(source, destination, Ipv4Repr.ProtocolTcp, segment.Length);
        ushort checksum = InternetChecksum.Fold(InternetChecksum.Accumulate(pseudo, segment));
        BinaryPrimitives.WriteUInt16BigEndian(segment.Slice(OffsetChecksum), checksum);
    }

    void EmitOptions(Span<byte> o)
    {
        int i = 0;
        if (MaxSegmentSize != 0)
        {
            o[i] = OptionMss; o[i + 1] = 4;
            BinaryPrimitives.WriteUInt16BigEndian(o.Slice(i + 2), MaxSegmentSize);
            i += 4;
        }
        if (HasTimestamp)
        {
            if (SackPermitted) { o[i] = OptionSackPermitted; o[i + 1] = 2; }
            else { o[i] = OptionNop; o[i + 1] = OptionNop; }
            o[i + 2] = OptionTimestamp; o[i + 3] = 10;
            BinaryPrimitives.WriteUInt32BigEndian(o.Slice(i + 4), TimestampValue);
            BinaryPrimitives.WriteUInt32BigEndian(o.Slice(i + 8), TimestampEcho);
            i += 12;
        }
        else if (SackPermitted)
        {
            o[i] = OptionNop; o[i + 1] = OptionNop; o[i + 2] = OptionSackPermitted; o[i + 3] = 2;
            i += 4;
        }
        if (HasWindowScale)
        {
            o[i] = OptionNop; o[i + 1] = OptionWindowScale; o[i + 2] = 3; o[i + 3] = WindowScale;
        }
    }
}
