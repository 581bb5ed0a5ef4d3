// TelnetSession input: the RFC 854 decoder. Receive walks the received bytes once, writing
// terminal data and acting on commands: option negotiation goes to TelnetNegotiation, AYT is
// answered, subnegotiation is skipped, Ctrl-C / IAC IP / IAC BRK end the call with a Break
// signal so data before and after it keep their order. Enter is normalised to one '\r' for
// CR LF, CR NUL (RFC 854 "the sequence CR NUL") and a bare LF (netcat sends those).
using System;

namespace RalphOS.Net.Telnet;

public sealed partial class TelnetSession
{
    TelnetDecoderState _state;
    byte _verb;              // WILL/WONT/DO/DONT waiting for its option byte
    bool _afterCr;           // the last data byte was CR: a following LF or NUL is part of it
    int _subnegotiationBytes;

    /// <summary>Decodes wire bytes into data for the terminal. Stops when input is used up,
    /// when data is full, or right after a Break (Signal = Break). Each input byte yields at
    /// most one data byte, so a data span at least as long as input is never the limit.
    /// data must not be empty.</summary>
    public TelnetInputResult Receive(ReadOnlySpan<byte> wire, Span<byte> data)
    {
        int read = 0;
        int written = 0;
        while (read < wire.Length && written < data.Length)
        {
            byte value = wire[read];
            read++;
            int produced = Step(value);
            if (produced == StepBreak)
            {
                _counters.Breaks++;
                return new TelnetInputResult(read, written, TelnetSignal.Break);
            }
            if (produced >= 0)
            {
                data[written] = (byte)produced;
                written++;
                _counters.DataBytes++;
            }
        }
        return new TelnetInputResult(read, written, TelnetSignal.None);
    }

    // Step results besides a data byte (0..255).
    const int StepNothing = -1;
    const int StepBreak = -2;

    int Step(byte value)
    {
        switch (_state)
        {
            case TelnetDecoderState.Command:
                _state = TelnetDecoderState.Data;
                return Command(value);
            case TelnetDecoderState.Option:
                _state = TelnetDecoderState.Data;
                _negotiation.Receive(_verb, value, _replies, _counters);
                return StepNothing;
            case TelnetDecoderState.Subnegotiation:
                if (value == TelnetConstants.Iac) _state = TelnetDecoderState.SubnegotiationIac;
                return CountSubnegotiationByte();
            case TelnetDecoderState.SubnegotiationIac:
                if (value == TelnetConstants.SubnegotiationEnd)
                {
                    _state = TelnetDecoderState.Data;
                    _counters.SubnegotiationsSkipped++;
                    return StepNothing;
                }
                if (value == TelnetConstants.Iac)
                {
                    _state = TelnetDecoderState.Subnegotiation;   // IAC IAC: a literal 255
                    return CountSubnegotiationByte();
                }
                // Another command inside SB: the client forgot SE. End the SB here and obey
                // the command, as most implementations do.
                _state = TelnetDecoderState.Data;
                _counters.SubnegotiationsSkipped++;
                return Command(value);
            default:
                return DataByte(value);
        }
    }

    int DataByte(byte value)
    {
        if (value == TelnetConstants.Iac)
        {
            // _afterCr survives the command: CR IAC NOP LF is still one Enter.
            _state = TelnetDecoderState.Command;
            return StepNothing;
        }
        if (_afterCr)
        {
            _afterCr = false;
            if (value == TelnetConstants.LineFeed || value == TelnetConstants.Nul) return StepNothing;
        }
        switch (value)
        {
            case TelnetConstants.CarriageReturn:
                _afterCr = true;
                return TelnetConstants.CarriageReturn;
            case TelnetConstants.LineFeed:
                return TelnetConstants.CarriageReturn;
            case TelnetConstants.Nul:
                _counters.NulsDropped++;
                return StepNothing;
            case TelnetConstants.CtrlC:
                return StepBreak;
            default:
                return value;
        }
    }

    // The byte after IAC (RFC 854 command codes).
    int Command(byte value)
    {
        switch (value)
        {
            case TelnetConstants.Iac:
                _afterCr = false;
                return TelnetConstants.Iac;   // IAC IAC: the data byte 255
            case TelnetConstants.Will:
            case TelnetConstants.Wont:
            case TelnetConstants.Do:
            case TelnetConstants.Dont:
                _verb = value;
                _state = TelnetDecoderState.Option;
                return StepNothing;
            case TelnetConstants.SubnegotiationBegin:
                _state = TelnetDecoderState.Subnegotiation;
                _subnegotiationBytes = 0;
                return StepNothing;
            case TelnetConstants.InterruptProcess:
            case TelnetConstants.Break:
                return StepBreak;
            case TelnetConstants.AreYouThere:
                if (_replies.TryAppend(TelnetConstants.AreYouThereAnswer)) _counters.AreYouThereAnswered++;
                else _counters.RepliesDropped++;
                return StepNothing;
            case TelnetConstants.EraseCharacter:
                _afterCr = false;
                return TelnetConstants.Delete;
            case TelnetConstants.EraseLine:
                _afterCr = false;
                return TelnetConstants.CtrlU;
            default:
                // NOP, DM (we take no urgent data), GA (suppressed anyway), AO, a stray SE.
                if (value < TelnetConstants.LowestCommand) _counters.InvalidCommands++;
                else _counters.CommandsIgnored++;
                return StepNothing;
        }
    }

    int CountSubnegotiationByte()
    {
        _subnegotiationBytes++;
        if (_subnegotiationBytes >= SubnegotiationLimit)
        {
            _state = TelnetDecoderState.Data;
            _counters.SubnegotiationsAbandoned++;
        }
        return StepNothing;
    }
}
