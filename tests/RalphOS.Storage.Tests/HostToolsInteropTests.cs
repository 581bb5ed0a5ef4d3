// Our FAT code against the host's tools, both ways: images made by mkfs.fat and filled by
// mcopy read correctly; images our code wrote pass fsck.fat -n and read back with mtype
// and mdir, long names included. FAT12, FAT16 and FAT32.
using System.Collections.Generic;
using System.Text;
using RalphOS.Kernel.FileSystem.Fat;
using RalphOS.Storage.Tests.Support;
using Xunit;

namespace RalphOS.Storage.Tests;

public class HostToolsInteropTests
{
    public static IEnumerable<object[]> Types() => new[] { new object[] { FatType.Fat12 }, new object[] { FatType.Fat16 }, new object[] { FatType.Fat32 } };

    private static byte[] Pattern(int length, int seed)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++) bytes[i] = (byte)(i * 31 + seed + i / 253);
        return bytes;
    }

    [Theory, MemberData(nameof(Types))]
    public void MountsMkfsImageWithTypeLabelAndFreeSpace(FatType type)
    {
        using var image = new TestImage(type, "MYDISK");
        FatVolume volume = image.Mount();
        Assert.Equal(type, volume.Type);
        Assert.Equal("MYDISK", volume.Label);
        string mdir = FatTools.Directory(image.Path, "");
        string freeText = volume.FreeBytes.ToString("N0").Replace(",", " ");
        Assert.Contains($"{freeText} bytes free", mdir);
    }

    [Theory, MemberData(nameof(Types))]
    public void ReadsFilesCopiedInByMcopy(FatType type)
    {
        using var image = new TestImage(type);
        byte[] big = Pattern(70_000, 3);
        image.CopyIn("FIB.BAS", Encoding.ASCII.GetBytes("10 PRINT 1\n"));
        image.CopyIn("A long file name.txt", big);
        FatTools.MakeDirectory(image.Path, "Sub Dir");
        image.CopyIn("Sub Dir/inner.txt", Encoding.ASCII.GetBytes("inside"));
        image.CopyIn("empty.txt", new byte[0]);
        FatVolume volume = image.Mount();

        Assert.Equal(FatError.None, volume.ReadAllBytes("fib.bas", out byte[] fib));
        Assert.Equal("10 PRINT 1\n", Encoding.ASCII.GetString(fib));
        Assert.Equal(FatError.None, volume.ReadAllBytes("A LONG FILE NAME.TXT", out byte[] read));
        Assert.Equal(big, read);
        Assert.Equal(FatError.None, volume.ReadAllBytes("/Sub Dir/inner.txt", out byte[] inner));
        Assert.Equal("inside", Encoding.ASCII.GetString(inner));
        Assert.Equal(FatError.None, volume.ReadAllBytes("empty.txt", out byte[] empty));
        Assert.Empty(empty);

        var entries = new List<FatFileInfo>();
        Assert.Equal(FatError.None, volume.List("", entries));
        var names = entries.ConvertAll(e => e.Name);
        Assert.Contains("A long file name.txt", names);
        Assert.Contains("Sub Dir", names);
        Assert.Contains(entries, e => e.Name == "Sub Dir" && e.IsDirectory);
        Assert.Equal(FatError.NotFound, volume.ReadAllBytes("missing.txt", out _));
        Assert.Equal(FatError.PathNotFound, volume.ReadAllBytes("nodir/x.txt", out _));
    }

    [Theory, MemberData(nameof(Types))]
    public void FilesWeWritePassFsckAndReadBackWithMtools(FatType type)
    {
        using var image = new TestImage(type);
        FatVolume volume = image.Mount();
        byte[] big = Pattern(100_000, 7);
        Assert.Equal(FatError.None, volume.WriteAllBytes("HELLO.BAS", Encoding.ASCII.GetBytes("10 PRINT \"HI\"\n")));
        Assert.Equal(FatError.None, volume.WriteAllBytes("a rather long name.data", big));
        Assert.Equal(FatError.None, volume.WriteAllBytes("lower.txt", Encoding.ASCII.GetBytes("lower")));
        Assert.Equal(FatError.None, volume.CreateDirectory("Programs"));
        Assert.Equal(FatError.None, volume.WriteAllBytes("Programs/inner file.bas", Encoding.ASCII.GetBytes("20 END\n")));
        image.Save();

        image.AssertClean();
        Assert.Equal("10 PRINT \"HI\"\n", FatTools.Type(image.Path, "HELLO.BAS"));
        Assert.Equal("lower", FatTools.Type(image.Path, "lower.txt"));
        Assert.Equal("20 END\n", FatTools.Type(image.Path, "Programs/inner file.bas"));
        string listing = FatTools.Directory(image.Path, "");
        Assert.Contains("a rather long name.data", listing);
        Assert.Contains("lower", listing);
        Assert.Contains("Programs", listing);
        string copy = System.IO.Path.GetTempFileName();
        FatTools.Run("mcopy", $"-i {image.Path} -o \"::a rather long name.data\" {copy}");
        Assert.Equal(big, System.IO.File.ReadAllBytes(copy));
        System.IO.File.Delete(copy);
    }

    [Theory, MemberData(nameof(Types))]
    public void ManyFilesGrowTheDirectoryAndStayClean(FatType type)
    {
        using var image = new TestImage(type);
        FatVolume volume = image.Mount();
        Assert.Equal(FatError.None, volume.CreateDirectory("many"));
        for (int i = 0; i < 120; i++)
            Assert.Equal(FatError.None, volume.WriteAllBytes($"many/file number {i}.txt", Encoding.ASCII.GetBytes($"content {i}")));
        image.Save();
        image.AssertClean();
        Assert.Equal("content 77", FatTools.Type(image.Path, "many/file number 77.txt"));
        var entries = new List<FatFileInfo>();
        Assert.Equal(FatError.None, volume.List("many", entries));
        Assert.Equal(120, entries.Count);
    }
}
