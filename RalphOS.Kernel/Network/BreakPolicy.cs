// BreakPolicy: whether a blocking network call gives up when Ctrl-C is pressed (BASIC's
// SEND does; a telnet session's own output does not, or Ctrl-C would end the session).
namespace RalphOS.Kernel.Network;

internal enum BreakPolicy
{
    Continue,
    Stop,
}
