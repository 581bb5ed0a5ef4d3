// LongName: long file name directory entries (FAT spec, "FAT Long Directory Entries"):
// 13 UTF-16 characters per entry, stored last part first, each carrying its order number
// and the checksum of the short entry that follows them. Encode writes the entries for a
// name; Collector gathers them while FatVolume reads a directory and hands back the name
// only when the sequence is whole and its checksum matches.
using System;
using System.Buffers.Binary;

namespace RalphOS.Kernel.FileSystem.Fat;

public static class LongName
{
    public const int CharactersPerEntry = 13;
    public const byte LastEntryFlag = 0x40;
    private const int OrderMask = 0x1F;
    private const int AttributesOffset = 11, TypeOffset = 12, ChecksumOffset = 13, ClusterOffset = 26;
    // Where the 13 characters sit in an entry: 5 at byte 1, 6 at byte 14, 2 at byte 28.
    private static readonly int[] CharacterOffsets = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };

    public static int EntriesFor(string name) => (name.Length + CharactersPerEntry - 1) / CharactersPerEntry;

    /// <summary>Fills entry number `index` (0 = first in the directory, holding the last
    /// part of the name) of the long-name entries for name.</summary>
    public static void Encode(Span<byte> entry, string name, int index, byte checksum)
    {
        int count = EntriesFor(name);
        int order = count - index;
        entry.Slice(0, DirectoryEntry.Size).Fill(0);
        entry[0] = (byte)(order | (index == 0 ? LastEntryFlag : 0));
        entry[AttributesOffset] = DirectoryEntry.LongNameAttributes;
        entry[TypeOffset] = 0;
        entry[ChecksumOffset] = checksum;
        BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(ClusterOffset), 0);
        int start = (order - 1) * CharactersPerEntry;
        for (int i = 0; i < CharactersPerEntry; i++)
        {
            int at = start + i;
            // After the name: one NUL, then 0xFFFF padding.
            ushort value = at < name.Length ? name[at] : at == name.Length ? (ushort)0 : (ushort)0xFFFF;
            BinaryPrimitives.WriteUInt16LittleEndian(entry.Slice(CharacterOffsets[i]), value);
        }
    }

    /// <summary>Gathers a run of long-name entries in directory order.</summary>
    public sealed class Collector
    {
        private readonly char[] _chars = new char[20 * CharactersPerEntry];
        private int _expectedOrder;   // the order number the next entry must have; 0 = none pending
        private int _count;
        private byte _checksum;
        private int _length;

        public int EntryCount => _count;

        public void Reset()
        {
            _expectedOrder = 0;
            _count = 0;
        }

        public void Add(ReadOnlySpan<byte> entry)
        {
            int order = entry[0] & OrderMask;
            if ((entry[0] & LastEntryFlag) != 0)
            {
                if (order == 0 || order > 20) { Reset(); return; }
                _count = order;
                _checksum = entry[ChecksumOffset];
                _length = order * CharactersPerEntry;
                _expectedOrder = order;
            }
            if (_expectedOrder == 0 || order != _expectedOrder || entry[ChecksumOffset] != _checksum)
            {
                Reset();
                return;
            }
            int start = (order - 1) * CharactersPerEntry;
            for (int i = 0; i < CharactersPerEntry; i++)
            {
                ushort value = BinaryPrimitives.ReadUInt16LittleEndian(entry.Slice(CharacterOffsets[i]));
                if (value == 0 && start + i < _length) _length = start + i;
                _chars[start + i] = (char)value;
            }
            _expectedOrder = order - 1;
        }

        /// <summary>The long name for the short entry that follows, or null when the run is
        /// incomplete or belongs to another short name.</summary>
        public string Finish(ReadOnlySpan<byte> shortName)
        {
            bool whole = _expectedOrder == 0 && _count > 0 && _checksum == ShortName.Checksum(shortName);
            string name = whole && _length > 0 ? new string(_chars, 0, _length) : null;
            _count = 0;
            _expectedOrder = 0;
            return name;
        }
    }
}
