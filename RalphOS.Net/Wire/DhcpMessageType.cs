// DhcpMessageType: values of DHCP option 53 (RFC 2132 section 9.6).
namespace RalphOS.Net.Wire;

public enum DhcpMessageType : byte
{
    None = 0,
    Discover = 1,
    Offer = 2,
    Request = 3,
    Decline = 4,
    Ack = 5,
    Nak = 6,
    Release = 7,
}
