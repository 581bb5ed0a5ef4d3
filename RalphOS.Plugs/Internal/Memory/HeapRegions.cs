// HeapRegions: a heap made of several KernelHeap regions, chained through
// HeapState.NextRegion (first: the newest). A program's managed heap grows by whole regions
// it asks the kernel for (ManagedHeap, HeapGrowth); each region is a complete KernelHeap
// with its own free lists and bitmaps, so allocation, the sweep and the checker work on one
// region at a time exactly as on the kernel's single-region heap, and only the calls that
// take an arbitrary address (the collector's conservative lookups, freeing runtime memory)
// first find the region holding it. Regions come from anywhere in the kernel's memory, so
// they are not contiguous and a block never spans two. The kernel's heap is a chain of one.
// Interface: Link, Find, Count, the sums of the per-region counters, BeginSweep,
// FinishSweep, Check. Callers: ManagedHeap, the garbage collector (GarbageCollector.*,
// HeapTracer), tests (HeapRegionsTests).
namespace Internal.Memory;

internal static unsafe class HeapRegions
{
    // Puts `region` (fresh from KernelHeap.Init) in front of the chain `first`; returns the
    // new first region.
    public static HeapState* Link(HeapState* first, HeapState* region)
    {
        region->NextRegion = first;
        return region;
    }

    // The region whose block area holds `address`, or null (outside every region).
    public static HeapState* Find(HeapState* first, void* address)
    {
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            if ((nuint)((byte*)address - region->AreaStart) < (nuint)(region->AreaEnd - region->AreaStart))
            {
                return region;
            }
        }
        return null;
    }

    public static int Count(HeapState* first)
    {
        int count = 0;
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            count++;
        }
        return count;
    }

    // Bytes in allocated blocks of every region (KernelHeapWalker.UsedBytes, summed).
    public static nuint UsedBytes(HeapState* first)
    {
        nuint bytes = 0;
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            bytes += KernelHeapWalker.UsedBytes(region);
        }
        return bytes;
    }

    // Bytes of every region's block area.
    public static nuint TotalBytes(HeapState* first)
    {
        nuint bytes = 0;
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            bytes += KernelHeapWalker.TotalBytes(region);
        }
        return bytes;
    }

    // Bytes (headers included) owned by `owner` in every region.
    public static nuint OwnerUsage(HeapState* first, uint owner)
    {
        nuint bytes = 0;
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            bytes += KernelHeapWalker.OwnerUsage(region, owner, out nuint _);
        }
        return bytes;
    }

    // Survivors of each region's last completed sweep, summed.
    public static nuint LiveBytesAfterSweep(HeapState* first)
    {
        nuint bytes = 0;
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            bytes += region->LiveBytesAfterSweep;
        }
        return bytes;
    }

    public static nuint FreedBytesTotal(HeapState* first)
    {
        nuint bytes = 0;
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            bytes += region->FreedBytesTotal;
        }
        return bytes;
    }

    // Starts the sweep of the current marks in every region (HeapSweeper.Begin).
    public static void BeginSweep(HeapState* first, uint preservedOwnerFlags)
    {
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            HeapSweeper.Begin(region, preservedOwnerFlags);
        }
    }

    // Finishes the sweep under way in every region.
    public static void FinishSweep(HeapState* first)
    {
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            HeapSweeper.Finish(region);
        }
    }

    // HeapChecker.Check of every region: the first violation, or Ok. Also checks that no
    // two regions overlap (a chain that links a region twice overlaps itself).
    public static HeapStatus Check(HeapState* first)
    {
        for (HeapState* region = first; region != null; region = region->NextRegion)
        {
            for (HeapState* other = region->NextRegion; other != null; other = other->NextRegion)
            {
                if (region->AreaStart < other->AreaEnd + BlockHeader.Size && other->AreaStart < region->AreaEnd + BlockHeader.Size)
                {
                    return HeapStatus.CorruptHeader;
                }
            }
            HeapStatus status = HeapChecker.Check(region);
            if (status != HeapStatus.Ok)
            {
                return status;
            }
        }
        return HeapStatus.Ok;
    }
}
