// SegmentChecks: rules every segment list must obey before it goes into an image header.
//
// Each segment loads at or above 1 MiB (below is the loader's memory), ends by 4 GiB (the
// loader copies with 32-bit addresses), has mem_size >= file_size and enough sectors for
// file_size, and no two segments overlap in memory or on disk. Used by ImageBuilder; the
// loader (stage2_load.inc) checks the same per-segment rules again at boot.
using System.Collections.Generic;

namespace RalphOS.Boot;

public static class SegmentChecks
{
    public static void Validate(IReadOnlyList<ImageSegment> segments)
    {
        for (int index = 0; index < segments.Count; index++)
        {
            ImageSegment segment = segments[index];
            string name = $"{segment.Kind} segment";
            if (segment.LoadAddress < BootLayout.HighMemoryStart)
            {
                throw new ImageToolException($"{name} loads at 0x{segment.LoadAddress:X}, below 1 MiB where the loader lives");
            }
            if (segment.MemoryEnd > BootLayout.LoaderAddressLimit)
            {
                throw new ImageToolException($"{name} ends at 0x{segment.MemoryEnd:X}, beyond the loader's 4 GiB reach");
            }
            if (segment.MemorySize < segment.FileSize)
            {
                throw new ImageToolException($"{name}: memory size {segment.MemorySize} is smaller than its file size {segment.FileSize}");
            }
            if ((ulong)segment.Sectors * BootLayout.SectorSize < segment.FileSize)
            {
                throw new ImageToolException($"{name}: {segment.Sectors} sectors cannot hold {segment.FileSize} bytes");
            }
            if (segment.Lba < BootLayout.SegmentsFirstLba)
            {
                throw new ImageToolException($"{name} starts at LBA {segment.Lba}, inside stage1/stage2");
            }
            for (int other = 0; other < index; other++)
            {
                CheckApart(segments[other], segment);
            }
        }
    }

    private static void CheckApart(ImageSegment first, ImageSegment second)
    {
        bool memoryOverlaps = first.LoadAddress < second.MemoryEnd && second.LoadAddress < first.MemoryEnd;
        if (memoryOverlaps && first.MemorySize > 0 && second.MemorySize > 0)
        {
            throw new ImageToolException(
                $"{first.Kind} segment (0x{first.LoadAddress:X}-0x{first.MemoryEnd:X}) and {second.Kind} segment (0x{second.LoadAddress:X}-0x{second.MemoryEnd:X}) overlap in memory");
        }
        ulong firstDiskEnd = (ulong)first.Lba + first.Sectors;
        ulong secondDiskEnd = (ulong)second.Lba + second.Sectors;
        if (first.Lba < secondDiskEnd && second.Lba < firstDiskEnd)
        {
            throw new ImageToolException($"{first.Kind} and {second.Kind} segments overlap on disk");
        }
    }
}
