// KernelApi.Sockets: the kernel's side of the API's socket group (programs/Sdk/
// KernelSocketCalls.cs): TCP sockets for programs, over the kernel's socket table.
// KernelApi.Fill calls FillSockets.
using RalphOS.Programs.Abi;

namespace RalphOS.Kernel.Programs;

internal static unsafe partial class KernelApi
{
    private static void FillSockets(KernelSocketCalls* calls)
    {
    }
}
