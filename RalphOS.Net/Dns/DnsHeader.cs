// DnsHeader: the constants of a DNS message's fixed part (RFC 1035 section 4.1.1) and of the
// A query this resolver asks, shared by DnsQuery (writes) and DnsReply (reads).
namespace RalphOS.Net.Dns;

public static class DnsHeader
{
    public const int Length = 12;
    /// <summary>Well-known DNS server port (RFC 1035 4.2.1).</summary>
    public const ushort ServerPort = 53;
    /// <summary>RFC 1035 4.2.1: UDP messages are limited to 512 bytes.</summary>
    public const int MaxUdpMessage = 512;

    // Flag bits of the second 16-bit word (4.1.1).
    public const ushort FlagResponse = 0x8000;           // QR
    public const ushort OpcodeMask = 0x7800;             // OPCODE; 0 = standard query
    public const ushort FlagTruncated = 0x0200;          // TC
    public const ushort FlagRecursionDesired = 0x0100;   // RD
    public const ushort RcodeMask = 0x000F;

    // RCODE values (4.1.1).
    public const int RcodeFormatError = 1;
    public const int RcodeServerFailure = 2;
    public const int RcodeNameError = 3;
    public const int RcodeNotImplemented = 4;
    public const int RcodeRefused = 5;

    // TYPE and CLASS values (3.2.2, 3.2.4).
    public const ushort TypeA = 1;
    public const ushort TypeCname = 5;
    public const ushort ClassInternet = 1;
}
