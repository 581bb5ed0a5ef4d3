// BreakResume: where CONT goes after a break that interrupted a waiting statement
// (Machine.BreakIfRequested): the same statement again (INPUT asks again, RECV$ and ACCEPT
// wait again) or the next one (a SLEEP cut short is over; a SEND keeps what it queued).
namespace RalphOS.Basic.Runtime;

internal enum BreakResume
{
    SameStatement,
    NextStatement,
}
