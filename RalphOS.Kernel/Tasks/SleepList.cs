// SleepList: tasks sleeping until a time, kept in wake-up order (earliest first) so the
// scheduler only looks at the front. Pure logic over KernelTask.SleepNext: no clock of its own
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
        task.IsInSleepList = true;
        // After any task with the same time: equal sleepers wake in the order they slept.
        if (_head == null || wakeAtMilliseconds < _head.WakeAtMilliseconds)
        {
            task.SleepNext = _head;
            _head = task;
            return;
        }
        KernelTask previous = _head;
        while (previous.SleepNext != null && previous.SleepNext.WakeAtMilliseconds <= wakeAtMilliseconds)
            previous = previous.SleepNext;
        task.SleepNext = previous.SleepNext;
        previous.SleepNext = task;
    }

    // Removes and returns the first task due at `now`, or null.
    public KernelTask TakeDue(ulong now)
    {
        KernelTask task = _head;
        if (task == null || task.WakeAtMilliseconds > now)
            return null;
        _head = task.SleepNext;
        task.SleepNext = null;
        task.IsInSleepList = false;
        return task;
    }

    public bool Remove(KernelTask task)
    {
        if (!task.IsInSleepList)
            return false;
        task.IsInSleepList = false;
        if (_head == task)
        {
            _head = task.SleepNext;
            task.SleepNext = null;
            return true;
        }
        for (KernelTask current = _head; current != null; current = current.SleepNext)
        {
            if (current.SleepNext == task)
            {
                current.SleepNext = task.SleepNext;
                task.SleepNext = null;
                return true;
            }
        }
        return false;
    }
}
