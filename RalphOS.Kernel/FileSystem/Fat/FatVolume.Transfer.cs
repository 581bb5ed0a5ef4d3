// FatVolume.Transfer: moving file content between memory and a cluster chain, straight to
// the device (not through the sector cache), with runs of consecutive clusters in one
// request of up to MaxSectorsPerTransfer sectors. The tail of the last cluster is padded
// with zeros on write and ignored on read. Called by FatVolume.Files and .Directories.
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.FileSystem.Fat;

public sealed partial class FatVolume
{
    private byte[] _clusterBuffer;

    private byte[] ClusterBuffer => _clusterBuffer ??= new byte[Layout.BytesPerCluster];

    private FatError ReadChain(List<uint> chain, Span<byte> content)
    {
        int bytesPerCluster = Layout.BytesPerCluster;
        int done = 0;
        for (int i = 0; i < chain.Count && done < content.Length;)
        {
            int run = RunLength(chain, i, (content.Length - done) / bytesPerCluster);
            ulong lba = Layout.ClusterToSector(chain[i]);
            if (run > 0)
            {
                int bytes = run * bytesPerCluster;
                if (!_device.ReadSectors(lba, run * Layout.SectorsPerCluster, content.Slice(done, bytes))) return FatError.DeviceError;
                done += bytes;
                i += run;
                continue;
            }
            // The last, partial cluster.
            if (!_device.ReadSectors(lba, Layout.SectorsPerCluster, ClusterBuffer)) return FatError.DeviceError;
            int tail = content.Length - done;
            new ReadOnlySpan<byte>(ClusterBuffer, 0, tail).CopyTo(content.Slice(done));
            done += tail;
            i++;
        }
        return FatError.None;
    }

    private FatError WriteChain(List<uint> chain, ReadOnlySpan<byte> content)
    {
        int bytesPerCluster = Layout.BytesPerCluster;
        int done = 0;
        for (int i = 0; i < chain.Count;)
        {
            int run = RunLength(chain, i, (content.Length - done) / bytesPerCluster);
            if (run > 0)
            {
                int sectors = run * Layout.SectorsPerCluster;
                ulong lba = Layout.ClusterToSector(chain[i]);
                Cache.Discard(lba, sectors);
                if (!_device.WriteSectors(lba, sectors, content.Slice(done, run * bytesPerCluster))) return FatError.DeviceError;
                done += run * bytesPerCluster;
                i += run;
                continue;
            }
            FatError error = WriteCluster(chain[i], content.Slice(done));
            if (error != FatError.None) return error;
            done = content.Length;
            i++;
        }
        return FatError.None;
    }

    /// <summary>Writes one cluster: content (at most a cluster) then zeros.</summary>
    private FatError WriteCluster(uint cluster, ReadOnlySpan<byte> content)
    {
        byte[] buffer = ClusterBuffer;
        new Span<byte>(buffer).Fill(0);
        int length = Math.Min(content.Length, buffer.Length);
        content.Slice(0, length).CopyTo(buffer);
        ulong lba = Layout.ClusterToSector(cluster);
        Cache.Discard(lba, Layout.SectorsPerCluster);
        return _device.WriteSectors(lba, Layout.SectorsPerCluster, buffer) ? FatError.None : FatError.DeviceError;
    }

    // How many clusters from chain[start] are consecutive on disk, at most maxClusters and
    // at most one transfer's worth.
    private int RunLength(List<uint> chain, int start, int maxClusters)
    {
        int limit = Math.Min(maxClusters, Math.Max(1, MaxSectorsPerTransfer / Layout.SectorsPerCluster));
        int run = 0;
        while (run < limit && start + run < chain.Count && chain[start + run] == chain[start] + (uint)run) run++;
        return run;
    }
}
