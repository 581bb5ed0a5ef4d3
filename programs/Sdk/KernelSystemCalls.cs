// KernelSystemCalls: the kernel API's system group (version 2): wall clock, keys, files,
// tasks and memory. Part of KernelApiTable (its field System), shared as source by the
// kernel (RalphOS.Kernel/Programs/KernelApi.System.cs fills it) and the program SDK.
// Functions use the C calling convention and never throw.
namespace RalphOS.Programs.Abi;

public unsafe struct KernelSystemCalls
{
}
