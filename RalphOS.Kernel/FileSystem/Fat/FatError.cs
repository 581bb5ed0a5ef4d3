// FatError: every way a FAT operation can fail, as a value (shared code throws nothing).
// FatErrors.Message turns one into the sentence a user sees.
namespace RalphOS.Kernel.FileSystem.Fat;

public enum FatError
{
    None,
    DeviceError,
    NoBootSignature,
    BadBootSector,
    UnsupportedSectorSize,
    VolumeLargerThanDisk,
    CorruptChain,
    CorruptDirectory,
    NotFound,
    PathNotFound,
    AlreadyExists,
    BadName,
    IsDirectory,
    NotDirectory,
    DirectoryNotEmpty,
    DirectoryFull,
    DiskFull,
    ReadOnly,
    FileTooLarge,
}
