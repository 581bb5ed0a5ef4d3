// DiskService: the kernel's data disk. At boot, Start looks for an ATA disk on the IDE
// positions after the boot disk (primary slave, secondary master, secondary slave; the
// primary master holds the boot image and is never probed, so never written), mounts its
// FAT volume and logs what it found, or "no disk" and boots on. BASIC sessions get their
// file store from CreateFileStore; the monitor's `disk` command shows Describe's lines.
// The driver sleeps on the disk's channel interrupt (IRQ 14 for the primary slave) while
// the drive works, so other tasks run meanwhile; the disk gate (DiskGate) lets one task at
// a time inside a file operation, so two sessions cannot interleave their writes.
using System.Collections.Generic;
using RalphOS.Basic.Host;
using RalphOS.Kernel.Boot;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Ata;
using RalphOS.Kernel.FileSystem.Fat;

namespace RalphOS.Kernel.Storage;

internal static unsafe class DiskService
{
    private static AtaDrive _drive;
    private static AtaChannelInterrupt _interrupt;
    private static FatVolume _volume;
    private static string _status = "no disk";
    private static BootInfo* _bootInfo;

    public static FatVolume Volume => _volume;

    public static void Start(BootInfo* bootInfo)
    {
        _bootInfo = bootInfo;
        var ports = new KernelAtaPorts();
        if (!Probe(ports, AtaRegisters.PrimaryBase, AtaRegisters.PrimaryControl, true)
            && !Probe(ports, AtaRegisters.SecondaryBase, AtaRegisters.SecondaryControl, false)
            && !Probe(ports, AtaRegisters.SecondaryBase, AtaRegisters.SecondaryControl, true))
        {
            KernelLog.Info("disk", "no disk (SAVE keeps programs in memory; ./run.sh attaches build/disk.img)");
            return;
        }
        string size = $"{_drive.SectorCount * AtaDrive.SectorSize / (1024 * 1024)} MiB";
        FatError error = FatVolume.Mount(new AtaBlockDevice(_drive), new CmosFatClock(), out _volume);
        if (error != FatError.None)
        {
            _status = $"{_drive.Model}, {size}: not mounted: {FatErrors.Message(error)}";
            KernelLog.Info("disk", $"{_drive.Position}: {_status}; SAVE keeps programs in memory");
            return;
        }
        _status = $"{_drive.Model}, {size}, {_drive.Position}";
        KernelLog.Info("disk", $"{_drive.Position}: {_drive.Model}, {size}; {TypeName(_volume.Type)} volume \"{_volume.Label}\", {_volume.FreeBytes / 1024} KiB free");
    }

    private static bool Probe(KernelAtaPorts ports, ushort basePort, ushort controlPort, bool slave)
    {
        AtaResult result = AtaDrive.Probe(ports, basePort, controlPort, slave, out AtaDrive drive);
        if (result != AtaResult.Ok) return false;
        _drive = drive;
        _interrupt = AtaChannelInterrupt.For(basePort);
        ports.Interrupt = _interrupt;
        _drive.EnableInterrupts();
        return true;
    }

    /// <summary>A BASIC session's file store: the disk (or memory) plus the embedded programs.</summary>
    public static IBasicFileStore CreateFileStore()
    {
        var embedded = new Dictionary<string, string>();
        foreach (var file in EmbeddedFiles.Read(_bootInfo))
            embedded[MemoryFileStore.Normalize(file.Key)] = file.Value;
        return new GatedFileStore(new DiskFileStore(_volume, embedded), DiskGate.Instance);
    }

    /// <summary>The monitor's `disk` report.</summary>
    public static List<string> Describe()
    {
        var lines = new List<string>();
        if (_drive == null)
        {
            lines.Add("no disk: attach one with ./run.sh (build/disk.img) or -drive file=X,format=raw,if=ide,index=1");
            return lines;
        }
        lines.Add($"disk: {_status}; {_drive.SectorCount} sectors; LBA48 {(_drive.Identity.SupportsLba48 ? "yes" : "no")}");
        lines.Add($"transfers: {_drive.SectorsRead} sectors read, {_drive.SectorsWritten} written, {_drive.Errors} errors");
        string mode = _drive.UsesInterrupts ? "the driver sleeps until it" : "polling (missed interrupts)";
        lines.Add($"interrupts: IRQ {_interrupt.Line}, {mode}; {_drive.InterruptsTaken} waits ended by it, {_drive.InterruptsMissed} missed, {_interrupt.Count} delivered; {DiskGate.Instance.Contended} waits for the disk gate");
        if (_volume == null) return lines;
        FatLayout layout = _volume.Layout;
        lines.Add($"volume: {TypeName(_volume.Type)} \"{_volume.Label}\", {layout.ClusterCount} clusters of {layout.BytesPerCluster} bytes");
        lines.Add($"space: {_volume.FreeBytes} bytes free of {_volume.TotalBytes}");
        BlockCache cache = _volume.Cache;
        lines.Add($"cache: {cache.Capacity} sectors, {cache.Hits} hits, {cache.Misses} misses, {cache.SectorsWritten} written back");
        return lines;
    }

    private static string TypeName(FatType type) => type == FatType.Fat12 ? "FAT12" : type == FatType.Fat16 ? "FAT16" : "FAT32";
}
