// DhcpRepr: a DHCP message (RFC 2131 section 2, over the BOOTP layout of RFC 951) with the
// options this stack uses (RFC 2132): message type, subnet mask, router, DNS server,
// requested address, lease time, server identifier. Parse checks the fixed part, the magic
// cookie and every option length; Emit writes a message padded to the BOOTP minimum and
// returns its length. Used by DhcpClient (and by the tests' fake server).
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Wire;

public struct DhcpRepr
{
    // Field offsets (RFC 2131 section 2, figure 1).
    public const int OffsetOp = 0;
    public const int OffsetHardwareType = 1;
    public const int OffsetHardwareLength = 2;
    public const int OffsetTransactionId = 4;
    public const int OffsetFlags = 10;
    public const int OffsetClientIp = 12;
    public const int OffsetYourIp = 16;
    public const int OffsetServerIp = 20;
    public const int OffsetRelayIp = 24;
    public const int OffsetClientHardware = 28;
    public const int OffsetMagicCookie = 236;
    public const int OffsetOptions = 240;
    /// <summary>RFC 2131 section 3: the magic cookie 99.130.83.99.</summary>
    public const uint MagicCookie = 0x63825363;
    /// <summary>BOOTP messages are at least 300 bytes (RFC 951: 64-byte vendor area).</summary>
    public const int MinMessageLength = 300;
    public const int MaxMessageLength = 576;

    public const byte OpRequest = 1;
    public const byte OpReply = 2;
    public const ushort FlagBroadcast = 0x8000;
    public const ushort ServerPort = 67;
    public const ushort ClientPort = 68;

    // Option codes (RFC 2132).
    const byte OptionPad = 0;
    const byte OptionSubnetMask = 1;
    const byte OptionRouter = 3;
    const byte OptionDns = 6;
    const byte OptionRequestedIp = 50;
    const byte OptionLeaseTime = 51;
    const byte OptionMessageType = 53;
    const byte OptionServerId = 54;
    const byte OptionParameterList = 55;
    const byte OptionEnd = 255;

    public byte Op;
    public uint TransactionId;
    public ushort Flags;
    public Ipv4Address ClientIp;
    public Ipv4Address YourIp;
    public Ipv4Address ServerIp;
    public MacAddress ClientHardware;
    public DhcpMessageType MessageType;
    public Ipv4Address SubnetMask;
    public Ipv4Address Router;
    public Ipv4Address DnsServer;
    public Ipv4Address RequestedIp;
    public Ipv4Address ServerIdentifier;
    /// <summary>Lease time in seconds; 0 when absent.</summary>
    public uint LeaseTimeSeconds;

    public static WireResult Parse(ReadOnlySpan<byte> message, out DhcpRepr repr)
    {
        repr = default;
        if (message.Length < OffsetOptions) return WireResult.Truncated;
        if (message[OffsetHardwareType] != 1 || message[OffsetHardwareLength] != MacAddress.Length)
            return WireResult.Unsupported;
        if (BinaryPrimitives.ReadUInt32BigEndian(message.Slice(OffsetMagicCookie)) != MagicCookie)
            return WireResult.Unsupported;
        repr.Op = message[OffsetOp];
        repr.TransactionId = BinaryPrimitives.ReadUInt32BigEndian(message.Slice(OffsetTransactionId));
        repr.Flags = BinaryPrimitives.ReadUInt16BigEndian(message.Slice(OffsetFlags));
        repr.ClientIp = Ipv4Address.Read(message.Slice(OffsetClientIp));
        repr.YourIp = Ipv4Address.Read(message.Slice(OffsetYourIp));
        repr.ServerIp = Ipv4Address.Read(message.Slice(OffsetServerIp));
        repr.ClientHardware = MacAddress.Read(message.Slice(OffsetClientHardware));
        return ParseOptions(message.Slice(OffsetOptions), ref repr);
    }

    static WireResult ParseOptions(ReadOnlySpan<byte> options, ref DhcpRepr repr)
    {
        int i = 0;
        while (i < options.Length)
        {
            byte code = options[i];
            if (code == OptionEnd) return WireResult.Ok;
            if (code == OptionPad) { i++; continue; }
            if (i + 1 >= options.Length) return WireResult.BadOptions;
            int length = options[i + 1];
            if (i + 2 + length > options.Length) return WireResult.BadOptions;
            ReadOnlySpan<byte> body = options.Slice(i + 2, length);
            bool isAddress = code == OptionSubnetMask || code == OptionRouter || code == OptionDns
                || code == OptionRequestedIp || code == OptionServerId;
            if (isAddress && length < 4) return WireResult.BadOptions;
            switch (code)
            {
                case OptionMessageType:
                    if (length != 1) return WireResult.BadOptions;
                    repr.MessageType = (DhcpMessageType)body[0];
                    break;
                case OptionLeaseTime:
                    if (length != 4) return WireResult.BadOptions;
                    repr.LeaseTimeSeconds = BinaryPrimitives.ReadUInt32BigEndian(body);
                    break;
                case OptionSubnetMask: repr.SubnetMask = Ipv4Address.Read(body); break;
                case OptionRouter: repr.Router = Ipv4Address.Read(body); break;   // first router
                case OptionDns: repr.DnsServer = Ipv4Address.Read(body); break;   // first server
                case OptionRequestedIp: repr.RequestedIp = Ipv4Address.Read(body); break;
                case OptionServerId: repr.ServerIdentifier = Ipv4Address.Read(body); break;
                default: break;
            }
            i += 2 + length;
        }
        return WireResult.Ok; // RFC 2131 requires End, but tolerate its absence at the buffer end
    }

    /// <summary>Writes the message into message (at least MinMessageLength bytes, zeroed
    /// by this call) and returns its length.</summary>
    public int Emit(Span<byte> message)
    {
        message.Slice(0, MinMessageLength).Clear();
        message[OffsetOp] = Op;
        message[OffsetHardwareType] = 1;
        message[OffsetHardwareLength] = MacAddress.Length;
        BinaryPrimitives.WriteUInt32BigEndian(message.Slice(OffsetTransactionId), TransactionId);
        BinaryPrimitives.WriteUInt16BigEndian(message.Slice(OffsetFlags), Flags);
        ClientIp.Write(message.Slice(OffsetClientIp));
        YourIp.Write(message.Slice(OffsetYourIp));
        ServerIp.Write(message.Slice(OffsetServerIp));
        ClientHardware.Write(message.Slice(OffsetClientHardware));
        BinaryPrimitives.WriteUInt32BigEndian(message.Slice(OffsetMagicCookie), MagicCookie);
        int i = OffsetOptions;
        message[i++] = OptionMessageType; message[i++] = 1; message[i++] = (byte)MessageType;
        i = EmitAddress(message, i, OptionRequestedIp, RequestedIp);
        i = EmitAddress(message, i, OptionServerId, ServerIdentifier);
        i = EmitAddress(message, i, OptionSubnetMask, SubnetMask);
        i = EmitAddress(message, i, OptionRouter, Router);
        i = EmitAddress(message, i, OptionDns, DnsServer);
        if (LeaseTimeSeconds != 0)
        {
            message[i++] = OptionLeaseTime; message[i++] = 4;
            BinaryPrimitives.WriteUInt32BigEndian(message.Slice(i), LeaseTimeSeconds);
            i += 4;
        }
        if (Op == OpRequest)
        {
            message[i++] = OptionParameterList; message[i++] = 4;
            message[i++] = OptionSubnetMask; message[i++] = OptionRouter;
            message[i++] = OptionDns; message[i++] = OptionLeaseTime;
        }
        message[i++] = OptionEnd;
        return i < MinMessageLength ? MinMessageLength : i;
    }

    static int EmitAddress(Span<byte> message, int i, byte code, Ipv4Address address)
    {
        if (address.IsUnspecified) return i;
        message[i] = code; message[i + 1] = 4;
        address.Write(message.Slice(i + 2));
        return i + 6;
    }
}
