// IBreakSource: where a task's Ctrl-C comes from when no interrupt handler can deliver it.
// The serial port's Ctrl-C arrives by interrupt (Scheduler.RequestBreak); a telnet
// session's Ctrl-C or IAC IP is a byte in its connection, which only the session's own
// task decodes. When input reaches such a source, the network task marks the task
// (Scheduler.NotifyBreakSource), which wakes it from any sleep or wait; the wait loops
// then call Scheduler.PollBreakSource, which runs CheckForBreak in the task itself.
namespace RalphOS.Kernel.Tasks;

internal interface IBreakSource
{
    /// <summary>Reads waiting input without blocking and sets the task's BreakRequested if
    /// it holds a break; false if the source cannot look now (it is itself busy reading or
    /// writing), so the task looks again at its next wait.</summary>
    bool CheckForBreak();
}
