// Overwrite, append, delete, rename, directories, disk full and free space, each checked
// in our own reading and by fsck.fat -n on the result.
using System.Collections.Generic;
using System.Text;
using RalphOS.Kernel.FileSystem.Fat;
using RalphOS.Storage.Tests.Support;
using Xunit;

namespace RalphOS.Storage.Tests;

public class FileOperationTests
{
    private static byte[] Text(string s) => Encoding.ASCII.GetBytes(s);

    [Theory]
    [InlineData(FatType.Fat16)]
    [InlineData(FatType.Fat32)]
    public void OverwriteReplacesContentAndReturnsTheOldClusters(FatType type)
    {
        using var image = new TestImage(type);
        FatVolume volume = image.Mount();
        uint free = volume.FreeClusters;
        Assert.Equal(FatError.None, volume.WriteAllBytes("prog.bas", new byte[20_000]));
        uint afterFirst = volume.FreeClusters;
        Assert.True(afterFirst < free);
        Assert.Equal(FatError.None, volume.WriteAllBytes("PROG.BAS", Text("short")));
        Assert.Equal(FatError.None, volume.ReadAllBytes("prog.bas", out byte[] data));
        Assert.Equal("short", Encoding.ASCII.GetString(data));
        Assert.Equal(free - 1, volume.FreeClusters);
        var entries = new List<FatFileInfo>();
        volume.List("", entries);
        Assert.Single(entries);
        image.Save();
        image.AssertClean();
    }

    [Fact]
    public void AppendCreatesThenExtends()
    {
        using var image = new TestImage(FatType.Fat16);
        FatVolume volume = image.Mount();
        Assert.Equal(FatError.None, volume.Append("log.txt", Text("one\n")));
        Assert.Equal(FatError.None, volume.Append("log.txt", Text("two\n")));
        Assert.Equal(FatError.None, volume.ReadAllBytes("log.txt", out byte[] data));
        Assert.Equal("one\ntwo\n", Encoding.ASCII.GetString(data));
        image.Save();
        Assert.Equal("one\ntwo\n", FatTools.Type(image.Path, "log.txt"));
    }

    [Fact]
    public void DeleteFreesTheClustersAndTheName()
    {
        using var image = new TestImage(FatType.Fat16);
        FatVolume volume = image.Mount();
        uint free = volume.FreeClusters;
        Assert.Equal(FatError.None, volume.WriteAllBytes("a long name to delete.txt", new byte[9000]));
        Assert.Equal(FatError.None, volume.Delete("A LONG NAME TO DELETE.TXT"));
        Assert.Equal(free, volume.FreeClusters);
        Assert.Equal(FatError.NotFound, volume.ReadAllBytes("a long name to delete.txt", out _));
        Assert.Equal(FatError.NotFound, volume.Delete("a long name to delete.txt"));
        image.Save();
        image.AssertClean();
    }

    [Fact]
    public void RenameKeepsContentAndRefusesAnExistingTarget()
    {
        using var image = new TestImage(FatType.Fat32);
        FatVolume volume = image.Mount();
        volume.WriteAllBytes("old.bas", Text("content"));
        volume.WriteAllBytes("other.bas", Text("x"));
        Assert.Equal(FatError.AlreadyExists, volume.Rename("old.bas", "other.bas"));
        Assert.Equal(FatError.None, volume.Rename("old.bas", "New Long Name.bas"));
        Assert.Equal(FatError.NotFound, volume.ReadAllBytes("old.bas", out _));
        Assert.Equal(FatError.None, volume.ReadAllBytes("new long name.bas", out byte[] data));
        Assert.Equal("content", Encoding.ASCII.GetString(data));
        image.Save();
        image.AssertClean();
        Assert.Equal("content", FatTools.Type(image.Path, "New Long Name.bas"));
    }

    [Theory]
    [InlineData(FatType.Fat16)]
    [InlineData(FatType.Fat32)]
    public void DirectoriesAreMadeUsedAndRemovedOnlyWhenEmpty(FatType type)
    {
        using var image = new TestImage(type);
        FatVolume volume = image.Mount();
        Assert.Equal(FatError.None, volume.CreateDirectory("work"));
        Assert.Equal(FatError.AlreadyExists, volume.CreateDirectory("WORK"));
        Assert.Equal(FatError.None, volume.CreateDirectory("work/deeper"));
        Assert.Equal(FatError.None, volume.WriteAllBytes("work/deeper/f.txt", Text("f")));
        Assert.Equal(FatError.None, volume.ReadAllBytes("work/deeper/../deeper/f.txt", out byte[] f));
        Assert.Equal("f", Encoding.ASCII.GetString(f));
        Assert.Equal(FatError.DirectoryNotEmpty, volume.RemoveDirectory("work/deeper"));
        Assert.Equal(FatError.IsDirectory, volume.Delete("work"));
        Assert.Equal(FatError.IsDirectory, volume.WriteAllBytes("work", Text("x")));
        image.Save();
        image.AssertClean();
        Assert.Equal("f", FatTools.Type(image.Path, "work/deeper/f.txt"));
        Assert.Equal(FatError.None, volume.Delete("work/deeper/f.txt"));
        Assert.Equal(FatError.None, volume.RemoveDirectory("work/deeper"));
        Assert.Equal(FatError.None, volume.RemoveDirectory("work"));
        Assert.False(volume.DirectoryExists("work"));
        image.Save();
        image.AssertClean();
    }

    [Fact]
    public void DiskFullLeavesTheOldFileAndTheFreeSpace()
    {
        using var image = new TestImage(FatType.Fat12);
        FatVolume volume = image.Mount();
        Assert.Equal(FatError.None, volume.WriteAllBytes("keep.txt", Text("the old content")));
        uint free = volume.FreeClusters;
        var tooBig = new byte[(int)volume.FreeBytes + 1];
        Assert.Equal(FatError.DiskFull, volume.WriteAllBytes("keep.txt", tooBig));
        Assert.Equal(FatError.DiskFull, volume.WriteAllBytes("new.txt", tooBig));
        Assert.Equal(free, volume.FreeClusters);
        Assert.Equal(FatError.None, volume.ReadAllBytes("keep.txt", out byte[] data));
        Assert.Equal("the old content", Encoding.ASCII.GetString(data));
        image.Save();
        image.AssertClean();
    }

    [Fact]
    public void FixedRootFillsUpWithDirectoryFull()
    {
        using var image = new TestImage(FatType.Fat12);
        FatVolume volume = image.Mount();
        FatError error = FatError.None;
        int written = 0;
        for (; written < 1000 && error == FatError.None; written++)
            error = volume.WriteAllBytes($"F{written}.TXT", new byte[0]);
        Assert.Equal(FatError.DirectoryFull, error);
        image.Save();
        image.AssertClean();
    }

    [Fact]
    public void BadNamesAreRefused()
    {
        using var image = new TestImage(FatType.Fat16);
        FatVolume volume = image.Mount();
        Assert.Equal(FatError.BadName, volume.WriteAllBytes("a*b", Text("x")));
        Assert.Equal(FatError.BadName, volume.WriteAllBytes("", Text("x")));
        Assert.Equal(FatError.BadName, volume.WriteAllBytes("trailing.", Text("x")));
        Assert.Equal(FatError.BadName, volume.CreateDirectory("a?"));
    }

    [Fact]
    public void WritesSurviveARemountAndTheCacheCounts()
    {
        using var image = new TestImage(FatType.Fat16);
        FatVolume volume = image.Mount();
        Assert.Equal(FatError.None, volume.WriteAllBytes("persist.txt", Text("still here")));
        Assert.True(volume.Cache.Hits > 0 && volume.Cache.Misses > 0 && volume.Cache.SectorsWritten > 0);
        Assert.Equal(FatError.None, FatVolume.Mount(new MemoryDisk((byte[])image.Disk.Bytes.Clone()), null, out FatVolume again));
        Assert.Equal(FatError.None, again.ReadAllBytes("persist.txt", out byte[] data));
        Assert.Equal("still here", Encoding.ASCII.GetString(data));
    }

    [Fact]
    public void DeviceWriteFailureIsAnErrorValue()
    {
        using var image = new TestImage(FatType.Fat16);
        FatVolume volume = image.Mount();
        image.Disk.FailWrites = true;
        Assert.Equal(FatError.DeviceError, volume.WriteAllBytes("x.txt", Text("x")));
    }
}
