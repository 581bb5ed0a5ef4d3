// ImageFlags: the u32 flags of the image header, read by stage2 and copied into BootInfo.
using System;

namespace RalphOS.Boot;

[Flags]
public enum ImageFlags : uint
{
    None = 0,
    /// <summary>stage2 switches to VGA mode 13h (320x200x256) before entering long mode.</summary>
    VgaMode13h = 1,
}
