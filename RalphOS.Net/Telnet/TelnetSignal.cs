// TelnetSignal: an out-of-band event TelnetSession.Receive reports next to the data bytes.
// Break comes from Ctrl-C (byte 3), IAC IP or IAC BRK (RFC 854); the server interrupts the
// connection's BASIC program when it sees it.
namespace RalphOS.Net.Telnet;

public enum TelnetSignal
{
    None = 0,
    Break = 1,
}
