// WaitQueue: tasks blocked until an event (input arrived, a socket became readable, a task
// finished). Wait must be called with interrupts disabled, after checking the condition,
// so an interrupt cannot slip its wake-up in between; Wake* may be called from interrupt
// handlers.
namespace RalphOS.Kernel.Tasks;

internal sealed class WaitQueue
{
    private readonly TaskQueue _waiting = new TaskQueue();

    public bool HasWaiters => !_waiting.IsEmpty;

    // Blocks the running task until woken (or until a break is requested for it).
    public void Wait() => Scheduler.BlockCurrent(_waiting);

    // The same, but also wakes at `deadline` (milliseconds since boot).
    public void WaitUntil(ulong deadline) => Scheduler.BlockCurrent(_waiting, deadline);

    public void WakeAll(WakeUrgency urgency = WakeUrgency.Normal)
    {
        KernelTask task;
        while ((task = _waiting.Dequeue()) != null)
            Scheduler.MakeReady(task, urgency);
    }

}
