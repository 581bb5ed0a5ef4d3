// TcpFlags: the control bits of the TCP header (RFC 9293 section 3.1), as byte masks over the
// flags octet (offset 13). Used by TcpRepr and the TCP state machine.
namespace RalphOS.Net.Wire;

public static class TcpFlags
{
    public const byte Fin = 0x01;
    public const byte Syn = 0x02;
    public const byte Rst = 0x04;
    public const byte Psh = 0x08;
    public const byte Ack = 0x10;
    public const byte Urg = 0x20;
    public const byte Ece = 0x40;
    public const byte Cwr = 0x80;
}
