// SocketResult: the negative values socket calls return (a non-negative value is a byte count
// or a handle). BASIC functions pass these numbers through, e.g. ACCEPT gives -1 for "none yet".
namespace RalphOS.Net.Sockets;

public enum SocketResult
{
    Ok = 0,
    /// <summary>Nothing to do yet; wait for the matching readiness event.</summary>
    WouldBlock = -1,
    /// <summary>The connection is closed (or closing in this direction).</summary>
    Closed = -2,
    InvalidHandle = -3,
    /// <summary>The socket table is full.</summary>
    NoSlots = -4,
    AddressInUse = -5,
    /// <summary>The call does not fit the socket's state (e.g. Accept on a non-listener).</summary>
    InvalidState = -6,
    Refused = -7,
    Reset = -8,
    TimedOut = -9,
    /// <summary>The interface has no IPv4 address yet.</summary>
    NotConfigured = -10,
    MessageTooLong = -11,
}
