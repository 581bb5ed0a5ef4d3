// WakeUrgency: where a woken task joins the run queue: at the back like any ready task, or
// at the front to run next (the network task, so received frames do not pile up behind a
// busy program).
namespace RalphOS.Kernel.Tasks;

internal enum WakeUrgency
{
    Normal,
    RunNext,
}
