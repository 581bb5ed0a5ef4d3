// TaskQueue: a first-in first-out list of tasks linked through KernelTask.Next. A task is
// in at most one queue at a time. No allocation, so interrupt handlers may use it (with
// interrupts disabled around every change made from task context).
namespace RalphOS.Kernel.Tasks;

internal sealed class TaskQueue
{
    private KernelTask _head;
    private KernelTask _tail;

    public bool IsEmpty => _head == null;
    public KernelTask First => _head;
    public int Count { get; private set; }

    public void Enqueue(KernelTask task)
    {
        task.Next = null;
        if (_tail == null)
            _head = task;
        else
            _tail.Next = task;
        _tail = task;
        Count++;
    }

    // Puts a task at the head: it runs next (an urgent wake-up).
    public void EnqueueFirst(KernelTask task)
    {
        task.Next = _head;
        _head = task;
        if (_tail == null)
            _tail = task;
        Count++;
    }

    public KernelTask Dequeue()
    {
        KernelTask task = _head;
        if (task == null)
            return null;
        _head = task.Next;
        if (_head == null)
            _tail = null;
        task.Next = null;
        Count--;
        return task;
    }

    public bool Remove(KernelTask task)
    {
        KernelTask previous = null;
        for (KernelTask current = _head; current != null; previous = current, current = current.Next)
        {
            if (current != task)
                continue;
            if (previous == null)
                _head = current.Next;
            else
                previous.Next = current.Next;
            if (_tail == current)
                _tail = previous;
            current.Next = null;
            Count--;
            return true;
        }
        return false;
    }
}
