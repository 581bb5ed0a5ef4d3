// TelnetOptionState: one side of one option in the RFC 1143 "Q method". WantYes/WantNo mean
// we asked and wait for the answer; an answer that matches what we asked for is never
// acknowledged, which is what stops negotiation loops. Used by TelnetNegotiation.
namespace RalphOS.Net.Telnet;

public enum TelnetOptionState
{
    No = 0,
    Yes = 1,
    WantNo = 2,
    WantYes = 3,
}
