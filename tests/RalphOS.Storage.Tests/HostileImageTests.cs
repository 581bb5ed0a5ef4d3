// Corrupt and hostile volumes: a bad boot sector is refused with a clear error; loops,
// out-of-range links, sizes past the chain and looping directories are reported as
// errors while reading, never followed forever; and thousands of seeded random mutations
// of valid images (boot sector, FAT, directories) never crash or hang our code.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using RalphOS.Kernel.FileSystem.Fat;
using RalphOS.Storage.Tests.Support;
using Xunit;

namespace RalphOS.Storage.Tests;

public class HostileImageTests
{
    private static byte[] Text(string s) => Encoding.ASCII.GetBytes(s);

    [Fact]
    public void RandomBytesAreNotAVolume()
    {
        var random = new Random(1);
        var bytes = new byte[1024 * 1024];
        random.NextBytes(bytes);
        Assert.NotEqual(FatError.None, FatVolume.Mount(new MemoryDisk(bytes), null, out _));
        bytes[510] = 0x55; bytes[511] = 0xAA;
        FatError error = FatVolume.Mount(new MemoryDisk(bytes), null, out _);
        Assert.True(error == FatError.BadBootSector || error == FatError.UnsupportedSectorSize, error.ToString());
        Assert.Equal(FatError.NoBootSignature, FatVolume.Mount(new MemoryDisk(new byte[1024 * 1024]), null, out _));
        Assert.Equal("not a FAT volume (no boot sector signature)", FatErrors.Message(FatError.NoBootSignature));
    }

    [Fact]
    public void VolumeLargerThanTheDiskIsRefused()
    {
        using var image = new TestImage(FatType.Fat16);
        image.Mount();
        var truncated = new byte[image.Disk.Bytes.Length / 2];
        Array.Copy(image.Disk.Bytes, truncated, truncated.Length);
        Assert.Equal(FatError.VolumeLargerThanDisk, FatVolume.Mount(new MemoryDisk(truncated), null, out _));
    }

    [Theory]
    [InlineData(FatType.Fat16)]
    [InlineData(FatType.Fat32)]
    public void LoopsBadLinksAndOversizedFilesAreErrors(FatType type)
    {
        using var image = new TestImage(type);
        FatVolume volume = image.Mount();
        volume.WriteAllBytes("loop.bin", new byte[volume.Layout.BytesPerCluster * 3]);
        volume.WriteAllBytes("big.bin", Text("small"));
        volume.CreateDirectory("dir");
        volume.GetInfo("loop.bin", out FatFileInfo loop);
        volume.GetInfo("dir", out FatFileInfo dir);
        var disk = new OverlayDisk(image.Disk.Bytes);
        var cache = new BlockCache(disk, 4);
        var fat = new FatTable(volume.Layout, cache);
        // The third cluster of loop.bin points back at its first; dir's cluster at itself.
        fat.Get(loop.FirstCluster, out uint second);
        fat.Get(second, out uint third);
        fat.Set(third, loop.FirstCluster);
        fat.Set(dir.FirstCluster, dir.FirstCluster);
        cache.Flush();
        // big.bin claims 3 GiB.
        volume.GetInfo("big.bin", out FatFileInfo big);
        SetRootEntrySize(disk, volume, big, 0xC0000000);

        Assert.Equal(FatError.None, FatVolume.Mount(disk, null, out FatVolume hostile));
        Assert.Equal(FatError.CorruptChain, hostile.ReadAllBytes("loop.bin", out _));
        Assert.Equal(FatError.CorruptDirectory, hostile.List("dir", new List<FatFileInfo>()));
        Assert.Equal(FatError.FileTooLarge, hostile.ReadAllBytes("big.bin", out _));
        Assert.Equal("corrupt volume: bad cluster chain", FatErrors.Message(FatError.CorruptChain));
        // Deleting a file with a bad chain removes the name and leaves the clusters alone.
        Assert.Equal(FatError.None, hostile.Delete("loop.bin"));
        Assert.Equal(FatError.NotFound, hostile.ReadAllBytes("loop.bin", out _));
    }

    private static void SetRootEntrySize(OverlayDisk disk, FatVolume volume, FatFileInfo entry, uint size)
    {
        ulong lba;
        if (volume.Type == FatType.Fat32)
            lba = volume.Layout.ClusterToSector(volume.Layout.RootCluster) + (ulong)(entry.EntryIndex / 16);
        else
            lba = volume.Layout.FirstRootDirectorySector + (ulong)(entry.EntryIndex / 16);
        byte[] sector = disk.Sector(lba);
        BitConverter.GetBytes(size).CopyTo(sector, entry.EntryIndex % 16 * 32 + 28);
    }

    [Theory]
    [InlineData(FatType.Fat12, 1, 1500)]
    [InlineData(FatType.Fat16, 2, 1500)]
    [InlineData(FatType.Fat32, 3, 800)]
    public async Task SeededMutationsNeverCrashOrHang(FatType type, int seed, int iterations)
    {
        using var image = new TestImage(type);
        FatVolume volume = image.Mount();
        volume.CreateDirectory("Sub Directory");
        for (int i = 0; i < 6; i++)
            volume.WriteAllBytes($"Sub Directory/file with long name {i}.txt", new byte[700 * i + 1]);
        for (int i = 0; i < 6; i++)
            volume.WriteAllBytes($"F{i}.BAS", new byte[1500 * i]);
        byte[] baseImage = image.Disk.Bytes;
        // The interesting sectors: the boot sector, the start of each FAT, the root, the first clusters.
        var targets = new List<ulong> { 0, 1, 2 };
        for (int copy = 0; copy < volume.Layout.FatCount; copy++)
            for (uint s = 0; s < 3; s++) targets.Add(volume.Layout.FirstFatSector + (ulong)copy * volume.Layout.SectorsPerFat + s);
        for (ulong s = 0; s < 24; s++) targets.Add(volume.Layout.FirstRootDirectorySector + s);

        var work = Task.Run(() =>
        {
            var random = new Random(seed);
            int mounted = 0;
            for (int i = 0; i < iterations; i++)
            {
                var disk = new OverlayDisk(baseImage);
                int mutations = 1 + random.Next(8);
                for (int m = 0; m < mutations; m++)
                {
                    byte[] sector = disk.Sector(targets[random.Next(targets.Count)]);
                    int at = random.Next(512);
                    sector[at] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)(sector[at] ^ (1 << random.Next(8)));
                }
                if (FatVolume.Mount(disk, null, out FatVolume fuzzed) != FatError.None) continue;
                mounted++;
                Exercise(fuzzed);
            }
            return mounted;
        });
        Task finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromMinutes(3)));
        Assert.True(finished == work, "the fuzz loop hung");
        int mountedCount = await work;
        Assert.True(mountedCount > iterations / 10, $"only {mountedCount} of {iterations} mutated images mounted");
    }

    // Everything a user could do on a damaged volume: list, read, write, rename, delete.
    private static void Exercise(FatVolume volume)
    {
        var stack = new List<string> { "" };
        int visited = 0;
        while (stack.Count > 0 && visited < 50)
        {
            string path = stack[stack.Count - 1];
            stack.RemoveAt(stack.Count - 1);
            visited++;
            var entries = new List<FatFileInfo>();
            volume.List(path, entries);
            foreach (FatFileInfo entry in entries)
            {
                string child = path.Length == 0 ? entry.Name : $"{path}/{entry.Name}";
                if (entry.IsDirectory) stack.Add(child);
                else volume.ReadAllBytes(child, out _);
            }
        }
        volume.WriteAllBytes("F1.BAS", new byte[3000]);
        volume.WriteAllBytes("new file.txt", new byte[100]);
        volume.Append("F2.BAS", new byte[10]);
        volume.Rename("F3.BAS", "renamed.bas");
        volume.Delete("F4.BAS");
        volume.CreateDirectory("made");
        volume.RemoveDirectory("Sub Directory");
        volume.Flush();
    }
}
