// TelnetInputResult: what one TelnetSession.Receive call did. Consumed counts input (wire)
// bytes used, Written counts data bytes placed for the terminal, Signal is Break when the
// call stopped at an interrupt: the Written bytes came before it, input[Consumed..] after.
namespace RalphOS.Net.Telnet;

public readonly struct TelnetInputResult
{
    public readonly int Consumed;
    public readonly int Written;
    public readonly TelnetSignal Signal;

    public TelnetInputResult(int consumed, int written, TelnetSignal signal)
    {
        Consumed = consumed;
        Written = written;
        Signal = signal;
    }
}
