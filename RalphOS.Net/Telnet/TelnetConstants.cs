// TelnetConstants: the protocol numbers the telnet codec speaks, each with its source.
// Commands and NVT control bytes come from RFC 854, option codes from RFC 857 (ECHO) and
// RFC 858 (SUPPRESS-GO-AHEAD). Used by TelnetSession, TelnetNegotiation and TelnetEncoder,
// and by the kernel's telnet server for the port number.
namespace RalphOS.Net.Telnet;

public static class TelnetConstants
{
    /// <summary>The well-known telnet port (RFC 854, "Connection Establishment").</summary>
    public const int ServerPort = 23;

    // RFC 854, "TELNET COMMAND STRUCTURE": every command starts with IAC.
    public const byte Iac = 255;               // interpret as command
    public const byte Dont = 254;              // demand the peer stops an option
    public const byte Do = 253;                // ask the peer to perform an option
    public const byte Wont = 252;              // refuse, or stop, performing an option
    public const byte Will = 251;              // offer to perform an option
    public const byte SubnegotiationBegin = 250;
    public const byte GoAhead = 249;
    public const byte EraseLine = 248;
    public const byte EraseCharacter = 247;
    public const byte AreYouThere = 246;
    public const byte AbortOutput = 245;
    public const byte InterruptProcess = 244;
    public const byte Break = 243;
    public const byte DataMark = 242;
    public const byte NoOperation = 241;
    public const byte SubnegotiationEnd = 240;

    /// <summary>Bytes below this after IAC are not commands (RFC 854 defines 240..255).</summary>
    public const byte LowestCommand = 240;

    // Option codes.
    public const byte OptionEcho = 1;              // RFC 857
    public const byte OptionSuppressGoAhead = 3;   // RFC 858

    // NVT bytes (RFC 854, "THE NETWORK VIRTUAL TERMINAL"): CR must be followed by LF or NUL.
    public const byte Nul = 0;
    public const byte LineFeed = 10;
    public const byte CarriageReturn = 13;

    // Terminal keys the decoder produces or recognises (ASCII control codes).
    public const byte CtrlC = 3;                   // interrupt, like IAC IP
    public const byte CtrlU = 21;                  // the line editor's "erase line" (IAC EL)
    public const byte Delete = 127;                // the line editor's backspace (IAC EC)

    /// <summary>What the server answers to IAC AYT (RFC 854 leaves the text to us).</summary>
    public const string AreYouThereAnswer = "\r\n[yes]\r\n";
}
