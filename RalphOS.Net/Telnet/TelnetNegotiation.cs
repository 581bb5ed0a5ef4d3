// TelnetNegotiation: option state for one connection, kept by the RFC 1143 Q method. The
// server wants three things: it echoes (WILL ECHO, RFC 857) and neither side sends GA
// (WILL SGA and DO SGA, RFC 858), which together give a character-at-a-time terminal.
// Every other option is refused. A reply is sent only when a request changes the state,
// never to acknowledge what is already in effect, so two endpoints cannot loop.
// TelnetSession calls Start once and Receive for each IAC WILL/WONT/DO/DONT <option>.
namespace RalphOS.Net.Telnet;

internal sealed class TelnetNegotiation
{
    // "Local" options are ones the server performs (the client sends DO/DONT about them);
    // "remote" ones the client performs (the client sends WILL/WONT).
    TelnetOptionState _localEcho;
    TelnetOptionState _localSuppressGoAhead;
    TelnetOptionState _remoteSuppressGoAhead;

    public TelnetOptionState LocalEcho => _localEcho;
    public TelnetOptionState LocalSuppressGoAhead => _localSuppressGoAhead;
    public TelnetOptionState RemoteSuppressGoAhead => _remoteSuppressGoAhead;

    /// <summary>Asks for every wanted option that is off (RFC 1143: No -> WantYes).</summary>
    public void Start(TelnetReplyQueue replies)
    {
        _localEcho = Request(_localEcho, TelnetConstants.Will, TelnetConstants.OptionEcho, replies);
        _localSuppressGoAhead = Request(_localSuppressGoAhead, TelnetConstants.Will,
            TelnetConstants.OptionSuppressGoAhead, replies);
        _remoteSuppressGoAhead = Request(_remoteSuppressGoAhead, TelnetConstants.Do,
            TelnetConstants.OptionSuppressGoAhead, replies);
    }

    public void Receive(byte verb, byte option, TelnetReplyQueue replies, TelnetCounters counters)
    {
        bool local = verb == TelnetConstants.Do || verb == TelnetConstants.Dont;
        bool enable = verb == TelnetConstants.Do || verb == TelnetConstants.Will;
        byte agree = local ? TelnetConstants.Will : TelnetConstants.Do;
        byte refuse = local ? TelnetConstants.Wont : TelnetConstants.Dont;

        bool supported;
        TelnetOptionState state;
        if (local && option == TelnetConstants.OptionEcho) { supported = true; state = _localEcho; }
        else if (local && option == TelnetConstants.OptionSuppressGoAhead) { supported = true; state = _localSuppressGoAhead; }
        else if (!local && option == TelnetConstants.OptionSuppressGoAhead) { supported = true; state = _remoteSuppressGoAhead; }
        else { supported = false; state = TelnetOptionState.No; }

        byte reply = 0;
        TelnetOptionState next = enable
            ? OnEnable(state, supported, agree, refuse, out reply)
            : OnDisable(state, refuse, out reply);

        if (reply != 0)
        {
            // Queue the reply first: if it cannot be sent the request is ignored whole, so
            // the state never claims an answer the client did not get.
            if (!replies.TryAppend(TelnetConstants.Iac, reply, option)) { counters.RepliesDropped++; return; }
            if (supported) counters.OptionsAgreed++;
            else counters.OptionsRefused++;
        }
        else
        {
            counters.NegotiationsQuiet++;
        }

        if (!supported) return;
        if (local && option == TelnetConstants.OptionEcho) _localEcho = next;
        else if (local) _localSuppressGoAhead = next;
        else _remoteSuppressGoAhead = next;
    }

    // RFC 1143 section 7, receipt of WILL (or DO for our own side).
    static TelnetOptionState OnEnable(TelnetOptionState state, bool supported, byte agree, byte refuse, out byte reply)
    {
        reply = 0;
        switch (state)
        {
            case TelnetOptionState.No:
                reply = supported ? agree : refuse;
                return supported ? TelnetOptionState.Yes : TelnetOptionState.No;
            case TelnetOptionState.WantNo:
                return TelnetOptionState.No;   // "DONT answered by WILL": an error, settle on off
            case TelnetOptionState.WantYes:
                return TelnetOptionState.Yes;  // the answer to our own request: no reply
            default:
                return TelnetOptionState.Yes;  // already on: never acknowledge
        }
    }

    // RFC 1143 section 7, receipt of WONT (or DONT for our own side).
    static TelnetOptionState OnDisable(TelnetOptionState state, byte acknowledge, out byte reply)
    {
        reply = state == TelnetOptionState.Yes ? acknowledge : (byte)0;
        return TelnetOptionState.No;
    }

    static TelnetOptionState Request(TelnetOptionState state, byte verb, byte option, TelnetReplyQueue replies)
    {
        if (state != TelnetOptionState.No) return state;
        return replies.TryAppend(TelnetConstants.Iac, verb, option) ? TelnetOptionState.WantYes : state;
    }
}
