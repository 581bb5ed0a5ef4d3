// TelnetDecoderState: where TelnetSession's input state machine stands between bytes, so
// commands split across TCP segments decode the same as whole ones (RFC 854 framing).
namespace RalphOS.Net.Telnet;

internal enum TelnetDecoderState
{
    Data = 0,              // ordinary NVT bytes
    Command = 1,           // after IAC
    Option = 2,            // after IAC WILL/WONT/DO/DONT, waiting for the option code
    Subnegotiation = 3,    // inside IAC SB ..., skipping
    SubnegotiationIac = 4, // an IAC inside SB: SE ends it, IAC is a literal 255
}
