// KernelFileStatus: the results of the kernel API's file calls (KernelSystemCalls): 0 for
// success, a negative code for each way a file operation fails. The kernel maps its file
// system's errors to these (KernelApi.System); the SDK's File and Directory turn them into
// the System.IO exceptions .NET throws. Shared as source by both sides.
namespace RalphOS.Programs.Abi;

public static class KernelFileStatus
{
    public const int Ok = 0;
    public const int NoDisk = -1;
    public const int NotFound = -2;
    public const int PathNotFound = -3;
    public const int AlreadyExists = -4;
    public const int BadName = -5;
    public const int IsDirectory = -6;
    public const int NotDirectory = -7;
    public const int DirectoryNotEmpty = -8;
    public const int DiskFull = -9;
    public const int ReadOnly = -10;
    public const int DeviceError = -11;
    public const int TooLarge = -12;
    public const int BadArgument = -13;
    public const int Corrupt = -14;
}
