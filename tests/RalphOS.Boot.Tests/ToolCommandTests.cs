// ToolCommandTests: the command-line tool end to end in-process (Program.Run): help and
// exit codes, clear errors without stack traces, `build` + `show`, and `set` touching only
// the flags and the cmdline.
using System;
using System.IO;
using RalphOS.Boot.Tests.Fixtures;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Boot.Tests;

public sealed class ToolCommandTests
{
    private static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exitCode = Program.Run(args, output, errors);
        return (exitCode, output.ToString(), errors.ToString());
    }

    private static string BuildImage(string name, params string[] extra)
    {
        string path = Path.Combine(Toolchain.NewWorkDirectory("tool"), name + ".img");
        string[] args =
        {
            "build", "--stage1", Path.Combine(RepoPaths.BuildDirectory, "stage1.bin"),
            "--stage2", Path.Combine(RepoPaths.BuildDirectory, "stage2.bin"),
            "--kernel-bin", TestKernel.Tiny.BinaryPath, "--kernel-elf", TestKernel.Tiny.ElfPath, "--out", path,
        };
        var (exitCode, _, errors) = Run([.. args, .. extra]);
        Assert.True(exitCode == 0, errors);
        return path;
    }

    [Fact]
    public void NoCommandPrintsHelpWithExitCode2()
    {
        var (exitCode, _, errors) = Run();
        Assert.Equal(2, exitCode);
        Assert.Contains("usage: RalphOS.Boot <command>", errors);
    }

    [Fact]
    public void UnknownCommandPrintsHelpWithExitCode2()
    {
        var (exitCode, _, errors) = Run("frobnicate");
        Assert.Equal(2, exitCode);
        Assert.Contains("unknown command frobnicate", errors);
        Assert.Contains("build --stage1", errors);
    }

    [Fact]
    public void UnknownOptionIsAUsageError()
    {
        var (exitCode, _, errors) = Run("show", "x.img", "--colour");
        Assert.Equal(2, exitCode);
        Assert.Contains("unknown option --colour", errors);
    }

    [Fact]
    public void MissingInputFileIsAClearErrorWithoutStackTrace()
    {
        var (exitCode, _, errors) = Run("build", "--stage1", "/nonexistent/stage1.bin", "--stage2", "s2", "--kernel-bin", "k",
            "--kernel-elf", "e", "--out", "/tmp/never.img");
        Assert.Equal(1, exitCode);
        Assert.Contains("cannot read stage1 file /nonexistent/stage1.bin", errors);
        Assert.DoesNotContain("   at ", errors);
    }

    [Fact]
    public void BuildThenShowReportsSegmentsAndCrcs()
    {
        string image = BuildImage("show", "--cmdline", "test=panic", "--vga");
        var (exitCode, output, _) = Run("show", image);
        Assert.Equal(0, exitCode);
        Assert.Contains("(VGA mode 13h)", output);
        Assert.Contains("cmdline \"test=panic\"", output);
        Assert.Contains("Kernel: crc ok", output);
        Assert.Contains("Symbols: crc ok, 4 symbols", output);
    }

    [Fact]
    public void ShowFlagsACorruptedSegment()
    {
        string image = BuildImage("corrupt");
        byte[] bytes = File.ReadAllBytes(image);
        bytes[65 * 512] ^= 0xFF;
        File.WriteAllBytes(image, bytes);
        var (exitCode, output, _) = Run("show", image);
        Assert.Equal(1, exitCode);
        Assert.Contains("Kernel: crc MISMATCH", output);
    }

    [Fact]
    public void SetChangesOnlyFlagsAndCmdline()
    {
        string image = BuildImage("set", "--cmdline", "old");
        byte[] before = File.ReadAllBytes(image);
        var (exitCode, _, errors) = Run("set", image, "--vga", "--cmdline", "test=panic");
        Assert.True(exitCode == 0, errors);
        byte[] after = File.ReadAllBytes(image);

        int header = 512 + ImageHeader.Find(TestImages.Stage2);
        Assert.Equal(before.Length, after.Length);
        for (int index = 0; index < before.Length; index++)
        {
            bool flags = index >= header + 12 && index < header + 16;
            bool cmdline = index >= header + 152 && index < header + 256;
            if (!flags && !cmdline)
            {
                Assert.True(before[index] == after[index], $"byte {index} changed");
            }
        }
        ImageHeader edited = ImageHeader.ReadFrom(after.AsSpan(header, ImageHeader.Size));
        Assert.Equal(ImageFlags.VgaMode13h, edited.Flags);
        Assert.Equal("test=panic", edited.Cmdline);

        Assert.Equal(0, Run("set", image, "--no-vga").ExitCode);
        ImageHeader cleared = ImageHeader.ReadFrom(File.ReadAllBytes(image).AsSpan(header, ImageHeader.Size));
        Assert.Equal(ImageFlags.None, cleared.Flags);
        Assert.Equal("test=panic", cleared.Cmdline);
    }

    [Fact]
    public void SetRejectsContradictoryFlagsAndLongCmdline()
    {
        string image = BuildImage("set-bad");
        Assert.Equal(2, Run("set", image, "--vga", "--no-vga").ExitCode);
        var (exitCode, _, errors) = Run("set", image, "--cmdline", new string('c', 104));
        Assert.Equal(1, exitCode);
        Assert.Contains("at most 103", errors);
    }

    [Fact]
    public void SetRejectsAFileWithoutHeader()
    {
        string path = Path.Combine(Toolchain.NewWorkDirectory("tool"), "zeros.img");
        File.WriteAllBytes(path, new byte[64 * 1024]);
        var (exitCode, _, errors) = Run("set", path, "--vga");
        Assert.Equal(1, exitCode);
        Assert.Contains("no RALPHOS image header", errors);
    }
}
