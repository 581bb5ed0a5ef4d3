// AtaIdentity: the parts of the 256-word IDENTIFY DEVICE answer the driver needs
// (ATA/ATAPI-6, "IDENTIFY DEVICE"): the model string (words 27-46, two characters per
// word, high byte first), the LBA28 sector count (words 60-61), whether LBA48 is supported
// (word 83 bit 10) and the LBA48 sector count (words 100-103).
using System;
using System.Buffers.Binary;

namespace RalphOS.Kernel.Drivers.Ata;

public sealed class AtaIdentity
{
    public const int Length = 512;
    private const int ModelWord = 27, ModelWords = 20;
    private const int Lba28CountWord = 60, CommandSetsWord = 83, Lba48CountWord = 100;
    private const ushort Lba48Supported = 1 << 10;

    public string Model { get; private set; }
    public ulong SectorCount { get; private set; }
    public bool SupportsLba48 { get; private set; }

    public static AtaIdentity Parse(ReadOnlySpan<byte> data)
    {
        var identity = new AtaIdentity();
        var model = new char[ModelWords * 2];
        for (int i = 0; i < ModelWords; i++)
        {
            ushort word = Word(data, ModelWord + i);
            model[2 * i] = Printable((byte)(word >> 8));
            model[2 * i + 1] = Printable((byte)word);
        }
        identity.Model = new string(model, 0, model.Length).Trim();
        identity.SupportsLba48 = (Word(data, CommandSetsWord) & Lba48Supported) != 0;
        ulong lba28 = Word(data, Lba28CountWord) | ((ulong)Word(data, Lba28CountWord + 1) << 16);
        ulong lba48 = 0;
        for (int i = 3; i >= 0; i--) lba48 = (lba48 << 16) | Word(data, Lba48CountWord + i);
        identity.SectorCount = identity.SupportsLba48 && lba48 != 0 ? lba48 : lba28;
        return identity;
    }

    private static ushort Word(ReadOnlySpan<byte> data, int index) => BinaryPrimitives.ReadUInt16LittleEndian(data.Slice(index * 2));

    private static char Printable(byte b) => b >= 0x20 && b < 0x7F ? (char)b : ' ';
}
