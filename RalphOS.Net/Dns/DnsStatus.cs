// DnsStatus: how a name lookup ended (or that it is still under way). DnsReply.Parse and
// DnsLookup produce it; DnsStatusText turns it into the message users see.
namespace RalphOS.Net.Dns;

public enum DnsStatus
{
    /// <summary>The lookup has not finished: waiting for a reply or the next retry.</summary>
    Pending,
    /// <summary>At least one address was found.</summary>
    Ok,
    /// <summary>The text is not a host name (empty, a label over 63 bytes, a bad character).</summary>
    BadName,
    /// <summary>RCODE 3, NXDOMAIN: the name does not exist.</summary>
    NameNotFound,
    /// <summary>The name exists but has no A record (or its CNAME chain ends without one).</summary>
    NoAddress,
    /// <summary>RCODE 2 (or 1, 4): the server could not answer.</summary>
    ServerFailure,
    /// <summary>RCODE 5: the server refused to answer.</summary>
    Refused,
    /// <summary>TC was set: the answer did not fit in UDP (TCP fallback is not supported).</summary>
    Truncated,
    /// <summary>The reply broke the format: short, bad pointers, wrong question, bad record.</summary>
    Malformed,
    /// <summary>A well-formed reply to another query (other ID): ignored while waiting.</summary>
    NotOurs,
    /// <summary>No reply after every retry.</summary>
    TimedOut,
    /// <summary>No DNS server is configured, or the interface has no address.</summary>
    NoServer,
    /// <summary>The caller stopped the lookup (Ctrl-C).</summary>
    Interrupted,
}
