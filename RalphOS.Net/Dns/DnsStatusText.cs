// DnsStatusText: the message for each DnsStatus, as the monitor's `host`, BASIC's NETERR$
// and the kernel's name lookups print it.
namespace RalphOS.Net.Dns;

public static class DnsStatusText
{
    public static string Describe(DnsStatus status) => status switch
    {
        DnsStatus.Ok => "ok",
        DnsStatus.Pending => "lookup in progress",
        DnsStatus.BadName => "not a valid host name",
        DnsStatus.NameNotFound => "host not found (no such name)",
        DnsStatus.NoAddress => "host has no IPv4 address",
        DnsStatus.ServerFailure => "DNS server failure",
        DnsStatus.Refused => "DNS server refused the query",
        DnsStatus.Truncated => "DNS reply truncated (too large for UDP)",
        DnsStatus.Malformed => "malformed DNS reply",
        DnsStatus.NotOurs => "DNS reply to another query",
        DnsStatus.TimedOut => "DNS server did not answer",
        DnsStatus.Interrupted => "lookup interrupted",
        _ => "no DNS server configured",
    };
}
