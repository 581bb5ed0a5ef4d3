// SleepList: tasks sleeping until a time, kept in wake-up order (earliest first) so the
// scheduler only looks at the front. Pure logic over KernelTask.Next: no clock of its own
// (the caller passes the time) and no allocation, so it is tested on the host.
namespace RalphOS.Kernel.Tasks;

internal sealed class SleepList
{
    private KernelTask _head;

    public bool IsEmpty => _head == null;

    // The earliest wake-up time, or ulong.MaxValue when nobody sleeps.
    public ulong NextWakeAt => _head == null ? ulong.MaxValue : _head.WakeAtMilliseconds;

    public void Add(KernelTask task, ulong wakeAtMilliseconds)
    {
        task.WakeAtMilliseconds = wakeAtMilliseconds;
        // After any task with the same time: equal sleepers wake in the order they slept.
        if (_head == null || wakeAtMilliseconds < _head.WakeAtMilliseconds)
        {
            task.Next = _head;
            _head = task;
            return;
        }
        KernelTask previous = _head;
        while (previous.Next != null && previous.Next.WakeAtMilliseconds <= wakeAtMilliseconds)
            previous = previous.Next;
        task.Next = previous.Next;
        previous.Next = task;
    }

    // Removes and returns the first task due at `now`, or null.
    public KernelTask TakeDue(ulong now)
    {
        KernelTask task = _head;
        if (task == null || task.WakeAtMilliseconds > now)
            return null;
        _head = task.Next;
        task.Next = null;
        return task;
    }

    public bool Remove(KernelTask task)
    {
        if (_head == task)
        {
            _head = task.Next;
            task.Next = null;
            return true;
        }
        for (KernelTask current = _head; current != null; current = current.Next)
        {
            if (current.Next == task)
            {
                current.Next = task.Next;
                task.Next = null;
                return true;
            }
        }
        return false;
    }
}
