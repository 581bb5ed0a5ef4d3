// FatFileInfo: one directory entry as FatVolume reports it (listings, lookups): the name
// (the long name when there is one), attributes, first cluster, size, write time, and
// where its entries sit in the parent directory so FatVolume can update or remove them.
namespace RalphOS.Kernel.FileSystem.Fat;

public sealed class FatFileInfo
{
    public string Name;
    public string ShortDisplayName;
    public byte[] ShortName;          // the 11 raw bytes of the short entry
    public byte Attributes;
    public byte CaseFlags;
    public uint FirstCluster;
    public uint Size;
    public ushort WriteDate;
    public ushort WriteTime;
    /// <summary>Index (in 32-byte entries) of the short entry in its directory.</summary>
    public int EntryIndex;
    /// <summary>How many long-name entries precede the short entry.</summary>
    public int LongEntryCount;

    public bool IsDirectory => (Attributes & DirectoryEntry.Directory) != 0;
    public bool IsReadOnly => (Attributes & DirectoryEntry.ReadOnly) != 0;
    public string DateText => FatTimestamp.Text(WriteDate, WriteTime);
}
