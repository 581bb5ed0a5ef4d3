// E1000Descriptor: the 16-byte legacy receive and transmit descriptors the 82540EM reads
// and writes in its rings (Software Developer's Manual, 3.2.3 "Receive Descriptor Format"
// and 3.3.3 "Legacy Transmit Descriptor Format"), as offsets, bits and little-endian field
// accessors over a span of DMA memory. Used by E1000Driver.
using System;
using System.Buffers.Binary;

namespace RalphOS.Net.Drivers.E1000;

public static class E1000Descriptor
{
    public const int Size = 16;

    // Both kinds: bytes 0-7 hold the buffer's physical address.
    public const int BufferAddress = 0;
    // Receive: length (2 bytes), packet checksum (2), status (1), errors (1), special (2).
    public const int RxLength = 8;
    public const int RxStatus = 12;
    public const int RxErrors = 13;
    // Transmit: length (2), checksum offset (1), command (1), status (1), checksum start (1), special (2).
    public const int TxLength = 8;
    public const int TxCommand = 11;
    public const int TxStatus = 12;

    public const byte RxStatusDone = 0x01;        // DD: the card wrote this descriptor
    public const byte RxStatusEndOfPacket = 0x02; // EOP
    public const byte TxCommandEndOfPacket = 0x01; // EOP
    public const byte TxCommandInsertFcs = 0x02;   // IFCS
    public const byte TxCommandReportStatus = 0x08; // RS: set DD when sent
    public const byte TxStatusDone = 0x01;         // DD

    public static void SetAddress(Span<byte> descriptor, ulong physical) =>
        BinaryPrimitives.WriteUInt64LittleEndian(descriptor.Slice(BufferAddress, 8), physical);

    public static ushort Length(ReadOnlySpan<byte> descriptor, int offset) =>
        BinaryPrimitives.ReadUInt16LittleEndian(descriptor.Slice(offset, 2));

    public static void SetLength(Span<byte> descriptor, int offset, int length) =>
        BinaryPrimitives.WriteUInt16LittleEndian(descriptor.Slice(offset, 2), (ushort)length);
}
