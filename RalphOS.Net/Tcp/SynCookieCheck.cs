// SynCookieCheck: what SynCookies.Check found in the acknowledgment of a final ACK.
// SocketTable counts Expired and BadHash as rejected cookies and answers them with RST.
namespace RalphOS.Net.Tcp;

public enum SynCookieCheck
{
    Valid,
    /// <summary>The counter in the cookie is older than SynCookies.MaxAgeTicks steps.</summary>
    Expired,
    /// <summary>The hash does not match: not our cookie, or a forged or mangled one.</summary>
    BadHash,
}
