// KernelInfo: what a program may ask about the kernel it runs on: the version of the API
// table (KernelApiTable) it was given, and the id of its own task.
namespace RalphOS.Programs;

public static unsafe class KernelInfo
{
    public static int ApiVersion => (int)ProgramRuntime.Api->Version;

    public static int TaskId => ProgramRuntime.Api->System.CurrentTaskId();
}
