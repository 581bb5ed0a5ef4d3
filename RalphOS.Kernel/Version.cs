// Version: the kernel's name and version, shown in the boot banner.
namespace RalphOS.Kernel;

internal static class Version
{
    public const string Name = "Ralph OS";
    public const string Number = "0.1.0";
    public const string Description = "C# on bare metal, x86_64";
}
