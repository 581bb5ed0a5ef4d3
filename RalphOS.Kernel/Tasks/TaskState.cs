// TaskState: where a task is in its life. Ready tasks wait in the run queue; Sleeping ones
// in the sleep list until a time; Blocked ones in a WaitQueue until an event; Finished ones
// wait for the kernel task to free their stack.
namespace RalphOS.Kernel.Tasks;

internal enum TaskState
{
    Ready,
    Running,
    Sleeping,
    Blocked,
    Finished,
}
