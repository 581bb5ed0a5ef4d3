// WireResult: the outcome of parsing one wire format. Every Parse in RalphOS.Net.Wire returns
// one of these instead of throwing; the interface counts each non-Ok value as a drop reason.
namespace RalphOS.Net.Wire;

public enum WireResult
{
    Ok = 0,
    /// <summary>The buffer is shorter than the header or than a length field claims.</summary>
    Truncated,
    /// <summary>A length field is inconsistent (e.g. total length smaller than the header).</summary>
    BadLength,
    /// <summary>The Internet checksum does not verify.</summary>
    BadChecksum,
    /// <summary>IPv4 version field is not 4.</summary>
    BadVersion,
    /// <summary>A header-length field is below the minimum.</summary>
    BadHeaderLength,
    /// <summary>Options are malformed or run past the end of the header.</summary>
    BadOptions,
    /// <summary>Well formed but not something we handle (e.g. ARP for a non-IPv4 protocol).</summary>
    Unsupported,
}
