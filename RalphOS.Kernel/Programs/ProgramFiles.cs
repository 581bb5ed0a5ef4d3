// ProgramFiles: the data disk as programs see it through the kernel API's file calls
// (KernelApi.System): whole-file read, write, append and delete, directories made and
// listed, over the kernel's FAT volume (DiskService.Volume), each call inside the disk
// gate (DiskGate) as BASIC's SAVE and LOAD are, so a program's write never interleaves
// with a session's. Paths are relative to the root ('/' or '\' between names). Results
// are KernelFileStatus codes; nothing here throws for bad input.
using System;
using System.Collections.Generic;
using System.Text;
using RalphOS.Kernel.FileSystem.Fat;
using RalphOS.Kernel.Storage;
using RalphOS.Programs.Abi;

namespace RalphOS.Kernel.Programs;

internal static class ProgramFiles
{
    public const int MaxPathLength = 260;   // as Windows' MAX_PATH: enough for FAT's depth

    // 1 for a file (size set), 2 for a directory, or a negative status.
    public static int Kind(string path, out long size)
    {
        size = 0;
        FatVolume volume = DiskService.Volume;
        if (volume == null)
            return KernelFileStatus.NoDisk;
        DiskGate.Instance.Enter();
        try
        {
            if (IsRoot(path) || volume.DirectoryExists(path))
                return 2;
            FatError error = volume.GetInfo(path, out FatFileInfo info);
            if (error != FatError.None)
                return StatusOf(error);
            if (info.IsDirectory)
                return 2;
            size = info.Size;
            return 1;
        }
        finally { DiskGate.Instance.Exit(); }
    }

    public static int Read(string path, out byte[] data)
    {
        data = null;
        FatVolume volume = DiskService.Volume;
        if (volume == null)
            return KernelFileStatus.NoDisk;
        DiskGate.Instance.Enter();
        try { return StatusOf(volume.ReadAllBytes(path, out data)); }
        finally { DiskGate.Instance.Exit(); }
    }

    public static int Write(string path, ReadOnlySpan<byte> data, bool append)
    {
        FatVolume volume = DiskService.Volume;
        if (volume == null)
            return KernelFileStatus.NoDisk;
        DiskGate.Instance.Enter();
        try { return StatusOf(append ? volume.Append(path, data) : volume.WriteAllBytes(path, data)); }
        finally { DiskGate.Instance.Exit(); }
    }

    public static int Delete(string path)
    {
        FatVolume volume = DiskService.Volume;
        if (volume == null)
            return KernelFileStatus.NoDisk;
        DiskGate.Instance.Enter();
        try { return StatusOf(volume.Delete(path)); }
        finally { DiskGate.Instance.Exit(); }
    }

    public static int CreateDirectory(string path)
    {
        FatVolume volume = DiskService.Volume;
        if (volume == null)
            return KernelFileStatus.NoDisk;
        DiskGate.Instance.Enter();
        try
        {
            if (IsRoot(path) || volume.DirectoryExists(path))
                return KernelFileStatus.Ok;   // as .NET's CreateDirectory: already there is fine
            return StatusOf(volume.CreateDirectory(path));
        }
        finally { DiskGate.Instance.Exit(); }
    }

    // The names in the directory, each ending in '\n' (directories' in "/\n").
    public static int List(string path, out string names)
    {
        names = null;
        FatVolume volume = DiskService.Volume;
        if (volume == null)
            return KernelFileStatus.NoDisk;
        var entries = new List<FatFileInfo>();
        DiskGate.Instance.Enter();
        FatError error;
        try { error = volume.List(path, entries); }
        finally { DiskGate.Instance.Exit(); }
        if (error != FatError.None)
            return StatusOf(error == FatError.NotFound ? FatError.PathNotFound : error);
        var text = new StringBuilder();
        foreach (FatFileInfo entry in entries)
            text.Append(entry.Name).Append(entry.IsDirectory ? "/\n" : "\n");
        names = text.ToString();
        return KernelFileStatus.Ok;
    }

    private static bool IsRoot(string path) => path.Trim('/', '\\', ' ', '.').Length == 0;

    public static int StatusOf(FatError error) => error switch
    {
        FatError.None => KernelFileStatus.Ok,
        FatError.NotFound => KernelFileStatus.NotFound,
        FatError.PathNotFound => KernelFileStatus.PathNotFound,
        FatError.AlreadyExists => KernelFileStatus.AlreadyExists,
        FatError.BadName => KernelFileStatus.BadName,
        FatError.IsDirectory => KernelFileStatus.IsDirectory,
        FatError.NotDirectory => KernelFileStatus.NotDirectory,
        FatError.DirectoryNotEmpty => KernelFileStatus.DirectoryNotEmpty,
        FatError.DirectoryFull or FatError.DiskFull => KernelFileStatus.DiskFull,
        FatError.ReadOnly => KernelFileStatus.ReadOnly,
        FatError.FileTooLarge => KernelFileStatus.TooLarge,
        FatError.DeviceError => KernelFileStatus.DeviceError,
        _ => KernelFileStatus.Corrupt,
    };
}
