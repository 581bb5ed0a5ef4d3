// FatType: the three FAT variants, told apart only by the volume's cluster count
// (FAT spec, "FAT Type Determination"), never by the type string in the boot sector.
namespace RalphOS.Kernel.FileSystem.Fat;

public enum FatType
{
    Fat12,
    Fat16,
    Fat32,
}
