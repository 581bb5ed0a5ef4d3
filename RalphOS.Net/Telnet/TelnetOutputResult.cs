// TelnetOutputResult: what one TelnetEncoder.Encode call did. Consumed counts terminal text
// units (bytes or chars) used, Written counts wire bytes produced. The caller sends the
// Written bytes and calls again with text[Consumed..] until the text is used up.
namespace RalphOS.Net.Telnet;

public readonly struct TelnetOutputResult
{
    public readonly int Consumed;
    public readonly int Written;

    public TelnetOutputResult(int consumed, int written)
    {
        Consumed = consumed;
        Written = written;
    }
}
