// DhcpState: the states of DhcpClient (RFC 2131 section 4.4, reduced).
namespace RalphOS.Net.Dhcp;

public enum DhcpState
{
    Idle,
    Selecting,
    Requesting,
    Bound,
    /// <summary>Past T1 (half the lease): asking the server to extend the lease.</summary>
    Renewing,
    /// <summary>No server answered; the static fallback configuration is in use.</summary>
    Fallback,
}
