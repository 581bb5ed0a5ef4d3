// SystemStatus: the kernel's tasks and memory as a program sees them, through the kernel
// API's ListTasks and MemoryStatus (KernelSystemCalls): what `top` shows.
using System.Collections.Generic;
using RalphOS.Programs.Abi;

namespace RalphOS.Programs;

public static unsafe class SystemStatus
{
    private const int FirstCapacity = 32;

    // The live tasks, in the kernel's order (oldest first).
    public static List<TaskStatus> Tasks()
    {
        int capacity = FirstCapacity;
        for (;;)
        {
            var records = new KernelTaskInfo[capacity];
            int count;
            fixed (KernelTaskInfo* first = records)
                count = ProgramRuntime.Api->System.ListTasks(first, capacity);
            if (count > capacity)
            {
                capacity = count + FirstCapacity;
                continue;
            }
            var tasks = new List<TaskStatus>(count);
            for (int i = 0; i < count; i++)
                tasks.Add(ToStatus(ref records[i]));
            return tasks;
        }
    }

    public static KernelMemoryInfo Memory()
    {
        KernelMemoryInfo memory = default;
        ProgramRuntime.Api->System.MemoryStatus(&memory);
        return memory;
    }

    private static TaskStatus ToStatus(ref KernelTaskInfo record)
    {
        string name;
        fixed (char* characters = record.Name)
            name = new string(characters, 0, record.NameLength);
        return new TaskStatus
        {
            Id = record.Id,
            Name = name,
            State = StateName(record.State),
            IsProgram = record.IsProgram != 0,
            CpuMicroseconds = record.CpuMicroseconds,
            MemoryBytes = record.MemoryBytes,
        };
    }

    private static string StateName(int state) => state switch
    {
        KernelTaskInfo.Ready => "ready",
        KernelTaskInfo.Running => "running",
        KernelTaskInfo.Sleeping => "sleeping",
        KernelTaskInfo.Blocked => "blocked",
        _ => "finished",
    };
}
