// SleepListTests: sleeping tasks wake exactly when their time comes (tested with a fake
// clock: plain millisecond numbers), earliest first, equal times in the order they slept.
using System;
using System.Collections.Generic;
using RalphOS.Kernel.Tasks;
using Xunit;

namespace RalphOS.Scheduler.Tests;

public class SleepListTests
{
    private static KernelTask Task(int id) => new KernelTask { Id = id, Name = "t" + id };

    private static List<int> WakeAll(SleepList sleepers, ulong now)
    {
        var woken = new List<int>();
        for (KernelTask t; (t = sleepers.TakeDue(now)) != null;)
            woken.Add(t.Id);
        return woken;
    }

    [Fact]
    public void WakesOnlyTasksWhoseTimeHasCome()
    {
        var sleepers = new SleepList();
        sleepers.Add(Task(1), 500);
        sleepers.Add(Task(2), 100);
        sleepers.Add(Task(3), 300);
        Assert.Equal(100UL, sleepers.NextWakeAt);
        Assert.Empty(WakeAll(sleepers, 99));
        Assert.Equal(new List<int> { 2 }, WakeAll(sleepers, 100));
        Assert.Equal(new List<int> { 3, 1 }, WakeAll(sleepers, 1000));
        Assert.True(sleepers.IsEmpty);
        Assert.Equal(ulong.MaxValue, sleepers.NextWakeAt);
    }

    [Fact]
    public void EqualWakeTimesKeepTheOrderTheyWentToSleep()
    {
        var sleepers = new SleepList();
        for (int i = 0; i < 10; i++)
            sleepers.Add(Task(i), 42);
        Assert.Equal(new List<int> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, WakeAll(sleepers, 42));
    }

    [Fact]
    public void ABreakCanWakeASleeperEarly()
    {
        var sleepers = new SleepList();
        KernelTask interrupted = Task(2);
        sleepers.Add(Task(1), 10);
        sleepers.Add(interrupted, 20);
        sleepers.Add(Task(3), 30);
        Assert.True(sleepers.Remove(interrupted));
        Assert.False(sleepers.Remove(interrupted));
        Assert.Equal(new List<int> { 1, 3 }, WakeAll(sleepers, 30));
    }

    [Fact]
    public void ThousandRandomSleepersWakeInTimeOrderAgainstAModel()
    {
        var random = new Random(20261123);
        var sleepers = new SleepList();
        var model = new List<(ulong Time, int Id)>();
        for (int i = 0; i < 1000; i++)
        {
            ulong time = (ulong)random.Next(0, 5000);
            sleepers.Add(Task(i), time);
            model.Add((time, i));
        }
        model.Sort((a, b) => a.Time != b.Time ? a.Time.CompareTo(b.Time) : a.Id.CompareTo(b.Id));
        var woken = new List<int>();
        for (ulong now = 0; now <= 5000; now += 250)
            woken.AddRange(WakeAll(sleepers, now));
        Assert.Equal(model.ConvertAll(m => m.Id), woken);
    }
}
