// KernelMemoryInfo: the kernel heap's status and what the calling program holds, as the
// kernel API's MemoryStatus (KernelSystemCalls) reports it. Shared as source by the kernel
// and the program SDK (`top`).
namespace RalphOS.Programs.Abi;

public struct KernelMemoryInfo
{
    public ulong HeapTotalBytes;      // the kernel heap: all of it
    public ulong HeapUsedBytes;       // in use (objects, native blocks, programs)
    public ulong ProgramBytes;        // held by the calling program: image and allocations
    public ulong UptimeMilliseconds;
}
