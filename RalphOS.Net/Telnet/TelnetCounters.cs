// TelnetCounters: what one telnet session decoded, answered and ignored. A hostile or broken
// client shows up here instead of in memory growth: every byte the decoder does not turn into
// data or a reply is counted under exactly one reason. Plain fields: a session belongs to one
// task. Read by tests and, later, a kernel diagnostic command.
namespace RalphOS.Net.Telnet;

public sealed class TelnetCounters
{
    /// <summary>Data bytes handed to the terminal (Enter counts once).</summary>
    public long DataBytes;

    /// <summary>Break signals reported (Ctrl-C, IAC IP, IAC BRK).</summary>
    public long Breaks;

    /// <summary>Option requests answered with a state change (accepted or switched off).</summary>
    public long OptionsAgreed;

    /// <summary>Unsupported DO/WILL answered with WONT/DONT.</summary>
    public long OptionsRefused;

    /// <summary>Negotiation that needed no reply: confirmations, or no change (RFC 1143).</summary>
    public long NegotiationsQuiet;

    /// <summary>AYT requests answered.</summary>
    public long AreYouThereAnswered;

    /// <summary>Commands with no effect here: NOP, DM, GA, AO, a stray SE.</summary>
    public long CommandsIgnored;

    /// <summary>IAC followed by a byte that is not a command (below 240).</summary>
    public long InvalidCommands;

    /// <summary>NUL bytes not following CR (the NVT treats them as no-ops).</summary>
    public long NulsDropped;

    /// <summary>Subnegotiations skipped whole (IAC SB ... IAC SE, or cut short by a command).</summary>
    public long SubnegotiationsSkipped;

    /// <summary>Subnegotiations given up after SubnegotiationLimit bytes without IAC SE.</summary>
    public long SubnegotiationsAbandoned;

    /// <summary>Replies not queued because the reply buffer was full (the request was ignored).</summary>
    public long RepliesDropped;
}
