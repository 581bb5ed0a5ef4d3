// FatErrors: the message for each FatError, worded for a user at the console (the disk
// command, BASIC's file statements and the mount report at boot print these).
namespace RalphOS.Kernel.FileSystem.Fat;

public static class FatErrors
{
    public static string Message(FatError error)
    {
        switch (error)
        {
            case FatError.None: return "ok";
            case FatError.DeviceError: return "disk I/O error";
            case FatError.NoBootSignature: return "not a FAT volume (no boot sector signature)";
            case FatError.BadBootSector: return "not a FAT volume (boot sector values out of range)";
            case FatError.UnsupportedSectorSize: return "unsupported sector size (only 512 bytes)";
            case FatError.VolumeLargerThanDisk: return "volume is larger than the disk";
            case FatError.CorruptChain: return "corrupt volume: bad cluster chain";
            case FatError.CorruptDirectory: return "corrupt volume: bad directory";
            case FatError.NotFound: return "File not found";
            case FatError.PathNotFound: return "Path not found";
            case FatError.AlreadyExists: return "File already exists";
            case FatError.BadName: return "Bad file name";
            case FatError.IsDirectory: return "Is a directory";
            case FatError.NotDirectory: return "Not a directory";
            case FatError.DirectoryNotEmpty: return "Directory not empty";
            case FatError.DirectoryFull: return "Directory full";
            case FatError.DiskFull: return "Disk full";
            case FatError.ReadOnly: return "File is read-only";
            case FatError.FileTooLarge: return "File too large";
            default: return "file system error";
        }
    }
}
