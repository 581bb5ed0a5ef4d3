// KernelApi.System: the kernel's side of the API's system group (programs/Sdk/
// KernelSystemCalls.cs): wall clock, keys, files, tasks and memory for programs.
// KernelApi.Fill calls FillSystem.
using RalphOS.Programs.Abi;

namespace RalphOS.Kernel.Programs;

internal static unsafe partial class KernelApi
{
    private static void FillSystem(KernelSystemCalls* calls)
    {
    }
}
