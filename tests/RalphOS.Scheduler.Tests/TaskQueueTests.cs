// TaskQueueTests: the run queue and wait queues are first-in first-out, support removal
// from anywhere, and keep their count right.
using RalphOS.Kernel.Tasks;
using Xunit;

namespace RalphOS.Scheduler.Tests;

public class TaskQueueTests
{
    private static KernelTask Task(int id) => new KernelTask { Id = id, Name = "t" + id };

    [Fact]
    public void DequeuesInArrivalOrder()
    {
        var queue = new TaskQueue();
        for (int i = 0; i < 5; i++)
            queue.Enqueue(Task(i));
        for (int i = 0; i < 5; i++)
            Assert.Equal(i, queue.Dequeue().Id);
        Assert.True(queue.IsEmpty);
        Assert.Null(queue.Dequeue());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(4)]
    public void RemovesFromAnyPositionAndKeepsTheRestInOrder(int removed)
    {
        var queue = new TaskQueue();
        var tasks = new KernelTask[5];
        for (int i = 0; i < 5; i++)
            queue.Enqueue(tasks[i] = Task(i));
        Assert.True(queue.Remove(tasks[removed]));
        Assert.False(queue.Remove(tasks[removed]));
        Assert.Equal(4, queue.Count);
        queue.Enqueue(Task(9)); // the tail must still be right after removing the old tail
        var order = new System.Collections.Generic.List<int>();
        for (KernelTask t; (t = queue.Dequeue()) != null;)
            order.Add(t.Id);
        var expected = new System.Collections.Generic.List<int> { 0, 1, 2, 3, 4, 9 };
        expected.Remove(removed);
        Assert.Equal(expected, order);
    }

    [Fact]
    public void ATaskCanMoveBetweenQueues()
    {
        var ready = new TaskQueue();
        var waiting = new TaskQueue();
        KernelTask task = Task(1);
        ready.Enqueue(task);
        ready.Enqueue(Task(2));
        waiting.Enqueue(ready.Dequeue());
        Assert.Equal(1, ready.Count);
        Assert.Equal(1, waiting.Count);
        Assert.Same(task, waiting.Dequeue());
        Assert.Equal(2, ready.Dequeue().Id);
    }
}
