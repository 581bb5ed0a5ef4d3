// TestImage: a FAT image file made by mkfs.fat, loaded into a MemoryDisk for our code and
// saved back for the host tools; deletes its file when disposed.
using System;
using System.IO;
using RalphOS.Kernel.FileSystem.Fat;
using Xunit;

namespace RalphOS.Storage.Tests.Support;

public sealed class TestImage : IDisposable
{
    public string Path { get; }
    public MemoryDisk Disk { get; private set; }

    public TestImage(FatType type, string label = "RALPHTEST") => Path = FatTools.MakeImage(type, label);

    /// <summary>Reads the image file (after the host tools wrote to it) and mounts it.</summary>
    public FatVolume Mount()
    {
        Disk = new MemoryDisk(File.ReadAllBytes(Path));
        Assert.Equal(FatError.None, FatVolume.Mount(Disk, new FixedClock(), out FatVolume volume));
        return volume;
    }

    /// <summary>Writes what our code wrote back to the file, for fsck.fat and mtools.</summary>
    public void Save() => File.WriteAllBytes(Path, Disk.Bytes);

    public void CopyIn(string fatPath, byte[] content)
    {
        string host = System.IO.Path.GetTempFileName();
        File.WriteAllBytes(host, content);
        FatTools.CopyIn(Path, host, fatPath);
        File.Delete(host);
    }

    public void AssertClean()
    {
        var (code, output) = FatTools.Check(Path);
        Assert.True(code == 0, $"fsck.fat -n reported problems:\n{output}");
    }

    public void Dispose() => File.Delete(Path);
}
