// KernelSystemCalls: the kernel API's system group (version 2): wall clock, keys, files,
// tasks and memory. Part of KernelApiTable (its field System), shared as source by the
// kernel (RalphOS.Kernel/Programs/KernelApi.System.cs fills it) and the program SDK
// (ProgramPlatform, Console, File, Directory, Tasks). Functions use the C calling
// convention and never throw; paths are UTF-16 with a length (no terminator), '/' or '\'
// between names, relative to the data disk's root; file calls return a KernelFileStatus
// (0 or a negative code) unless said otherwise.
namespace RalphOS.Programs.Abi;

public unsafe struct KernelSystemCalls
{
    // The wall clock: universal time in DateTime ticks (100 ns since 0001-01-01), from the
    // real-time clock read at boot plus the monotonic clock since.
    public delegate* unmanaged<long> UtcTicks;
    // Microseconds since boot (the timer refined by the CPU's timestamp counter).
    public delegate* unmanaged<ulong> Microseconds;
    // 1 when a key is waiting, 0 when none is, -1 when the program has no input.
    public delegate* unmanaged<int> KeyAvailable;
    // Waits for one key and returns its character, or -1 when the program has no input.
    public delegate* unmanaged<int> ReadKey;
    // What path is: 1 a file (*size its length), 2 a directory, or a negative status.
    public delegate* unmanaged<char*, int, long*, int> PathKind;
    // Copies up to capacity bytes of the file into buffer and returns the file's length
    // (more than capacity: only capacity bytes were copied; ask again), or a negative status.
    public delegate* unmanaged<char*, int, byte*, int, int> ReadFile;
    // Writes the file whole (append 0) or adds to its end (append 1); returns only after
    // the data is on the disk.
    public delegate* unmanaged<char*, int, byte*, int, int, int> WriteFile;
    public delegate* unmanaged<char*, int, int> DeleteFile;
    public delegate* unmanaged<char*, int, int> CreateDirectory;
    // The names in a directory, each followed by '\n' (a directory's name ends in '/'),
    // into buffer; returns the characters the whole list needs (more than capacity: ask
    // again with a bigger buffer), or a negative status.
    public delegate* unmanaged<char*, int, char*, int, int> ListDirectory;
    // Fills up to capacity task records; returns how many tasks there are (-1: a bad buffer).
    public delegate* unmanaged<KernelTaskInfo*, int, int> ListTasks;
    public delegate* unmanaged<KernelMemoryInfo*, void> MemoryStatus;
    // The id of the calling program's task.
    public delegate* unmanaged<int> CurrentTaskId;
    // Waits (on the scheduler) until a key is waiting or the milliseconds have passed: 1 a
    // key is waiting (unread), 0 none came, -1 the program has no input.
    public delegate* unmanaged<ulong, int> WaitForKey;
}
