// TestImages: writes bootable images for the loader tests from a TestKernel.
//
// Write(kernel, name, ...) uses build/stage1.bin and build/stage2.bin (assembled by the
// RalphOS.Boot project build) unless other stages are given, and returns the image path.
// AssembleStages(defines) assembles stage1/stage2 from RalphOS.Boot/ with extra NASM
// defines (e.g. FORCE_CHS) into a work folder.
using System.IO;
using RalphOS.TestHarness;

namespace RalphOS.Boot.Tests.Fixtures;

public static class TestImages
{
    public static byte[] Stage1 => File.ReadAllBytes(RepoPaths.BuildOutput("stage1.bin", "RalphOS.Boot"));
    public static byte[] Stage2 => File.ReadAllBytes(RepoPaths.BuildOutput("stage2.bin", "RalphOS.Boot"));

    public static string Write(TestKernel kernel, string name, ImageFlags flags = ImageFlags.None, string cmdline = "",
        byte[] files = null, (byte[] Stage1, byte[] Stage2)? stages = null)
    {
        var input = new ImageBuildInput
        {
            Stage1 = stages?.Stage1 ?? Stage1,
            Stage2 = stages?.Stage2 ?? Stage2,
            KernelBinary = kernel.Binary,
            KernelElf = kernel.Elf,
            Files = files,
            Flags = flags,
            Cmdline = cmdline,
        };
        string path = Path.Combine(Toolchain.NewWorkDirectory("images"), name + ".img");
        File.WriteAllBytes(path, ImageBuilder.Build(input));
        return path;
    }

    public static (byte[] Stage1, byte[] Stage2) AssembleStages(string purpose, params string[] defines)
    {
        string work = Toolchain.NewWorkDirectory(purpose);
        string stage1 = Path.Combine(work, "stage1.bin");
        string stage2 = Path.Combine(work, "stage2.bin");
        string[] includes = { RepoPaths.BootDirectory };
        Toolchain.AssembleFlat(Path.Combine(RepoPaths.BootDirectory, "stage1.asm"), stage1, includes, defines);
        Toolchain.AssembleFlat(Path.Combine(RepoPaths.BootDirectory, "stage2.asm"), stage2, includes, defines);
        return (File.ReadAllBytes(stage1), File.ReadAllBytes(stage2));
    }
}
