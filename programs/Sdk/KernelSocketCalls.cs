// KernelSocketCalls: the kernel API's socket group (version 2): the seed's non-blocking
// TCP sockets with its defects fixed. Part of KernelApiTable (its field Sockets), shared
// as source by the kernel (RalphOS.Kernel/Programs/KernelApi.Sockets.cs fills it) and the
// program SDK. Functions use the C calling convention and never throw.
namespace RalphOS.Programs.Abi;

public unsafe struct KernelSocketCalls
{
}
