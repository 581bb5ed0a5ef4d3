// A model of power cuts: record every sector our code writes during an operation, then
// for every prefix of that sequence build the image a cut at that point would leave, and
// check it: fsck.fat -n finds nothing but lost clusters (and a second FAT copy lagging
// the first, or FSInfo's free count unknown: bookkeeping of the same lost clusters), and
// the file reads back as
// exactly its old or its new content.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using RalphOS.Kernel.FileSystem.Fat;
using RalphOS.Storage.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace RalphOS.Storage.Tests;

public class CrashConsistencyTests
{
    private readonly ITestOutputHelper _output;

    public CrashConsistencyTests(ITestOutputHelper output) => _output = output;

    private static byte[] Filled(int length, char c) => Encoding.ASCII.GetBytes(new string(c, length));

    [Theory]
    [InlineData(FatType.Fat16, "PROG.BAS")]
    [InlineData(FatType.Fat32, "PROG.BAS")]
    [InlineData(FatType.Fat16, "A Program With A Long Name.bas")]
    [InlineData(FatType.Fat12, "PROG.BAS")]
    public void OverwriteCutAnywhereLeavesOldOrNew(FatType type, string name)
    {
        byte[] oldContent = Filled(5000, 'o'), newContent = Filled(9000, 'n');
        CheckEveryCut(type, name,
            volume => volume.WriteAllBytes(name, oldContent),
            volume => volume.WriteAllBytes(name, newContent),
            content => content != null && (Same(content, oldContent) || Same(content, newContent)));
    }

    [Theory]
    [InlineData(FatType.Fat16, "NEW.BAS")]
    [InlineData(FatType.Fat32, "A Brand New Long Named File.txt")]
    public void CreateCutAnywhereLeavesNothingOrNew(FatType type, string name)
    {
        byte[] newContent = Filled(3000, 'n');
        CheckEveryCut(type, name,
            volume => volume.WriteAllBytes("OTHER.TXT", Filled(10, 'x')),
            volume => volume.WriteAllBytes(name, newContent),
            content => content == null || Same(content, newContent), allowShortNameOnly: true);
    }

    [Theory]
    [InlineData(FatType.Fat16)]
    [InlineData(FatType.Fat32)]
    public void DeleteCutAnywhereLeavesTheFileOrNothing(FatType type)
    {
        byte[] oldContent = Filled(7000, 'o');
        const string Name = "Delete Me Please.txt";
        CheckEveryCut(type, Name,
            volume => volume.WriteAllBytes(Name, oldContent),
            volume => volume.Delete(Name),
            content => content == null || Same(content, oldContent), allowShortNameOnly: true);
    }

    private void CheckEveryCut(FatType type, string name, Func<FatVolume, FatError> prepare,
        Func<FatVolume, FatError> operation, Func<byte[], bool> acceptable, bool allowShortNameOnly = false)
    {
        using var image = new TestImage(type);
        FatVolume volume = image.Mount();
        Assert.Equal(FatError.None, prepare(volume));
        Assert.Equal(FatError.None, volume.WriteAllBytes("BYSTANDR.TXT", Filled(1234, 'b')));
        byte[] before = (byte[])image.Disk.Bytes.Clone();
        image.Disk.RecordWrites = true;
        Assert.Equal(FatError.None, operation(volume));
        List<(ulong Lba, byte[] Data)> writes = image.Disk.WriteLog;
        Assert.NotEmpty(writes);
        _output.WriteLine($"{writes.Count} sector writes");

        string cutPath = image.Path + ".cut";
        try
        {
            for (int cut = 0; cut <= writes.Count; cut++)
            {
                byte[] bytes = (byte[])before.Clone();
                for (int i = 0; i < cut; i++)
                    Array.Copy(writes[i].Data, 0, bytes, (long)writes[i].Lba * 512, 512);
                File.WriteAllBytes(cutPath, bytes);
                var (code, report) = FatTools.Check(cutPath);
                Assert.True(code == 0 || OnlyHarmless(report), $"cut after {cut} of {writes.Count} writes:\n{report}");

                Assert.Equal(FatError.None, FatVolume.Mount(new MemoryDisk(bytes), null, out FatVolume cutVolume));
                FatError error = cutVolume.ReadAllBytes(name, out byte[] content);
                if (error == FatError.NotFound && allowShortNameOnly) content = ReadByShortName(cutVolume, name);
                else Assert.True(error == FatError.None || error == FatError.NotFound, $"cut {cut}: {error}");
                Assert.True(acceptable(content), $"cut after {cut} of {writes.Count}: unexpected content ({content?.Length} bytes)");
                Assert.Equal(FatError.None, cutVolume.ReadAllBytes("BYSTANDR.TXT", out byte[] bystander));
                Assert.Equal(1234, bystander.Length);
            }
        }
        finally
        {
            File.Delete(cutPath);
        }
    }

    // A create cut between its short entry and its long-name entries leaves the file under
    // its generated short name (a valid volume): find it by content size instead.
    private static byte[] ReadByShortName(FatVolume volume, string name)
    {
        var entries = new List<FatFileInfo>();
        volume.List("", entries);
        foreach (FatFileInfo entry in entries)
            if (entry.Name.Contains('~') && volume.ReadAllBytes(entry.Name, out byte[] content) == FatError.None) return content;
        return null;
    }

    // fsck.fat lines that only describe lost clusters or a lagging FAT copy.
    private static bool OnlyHarmless(string report)
    {
        foreach (string raw in report.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("fsck.fat ") || line.Contains(" files, ")) continue;
            if (line.Contains("unused clusters") || line.Contains("Leaving filesystem unchanged")) continue;
            if (line.StartsWith("FATs differ") || line.Contains("Using first FAT")) continue;
            if (line.StartsWith("Reclaimed") || line.StartsWith("Checking")) continue;
            // FAT32's FSInfo free count: we set it to "unknown" before the first change, and
            // fsck.fat offers to fill it in whenever it reclaims clusters.
            if (line.StartsWith("Free cluster summary uninitialized")) continue;
            return false;
        }
        return true;
    }

    private static bool Same(byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b);
}
