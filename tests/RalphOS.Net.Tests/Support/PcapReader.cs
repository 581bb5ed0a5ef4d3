// PcapReader: reads the classic libpcap file format (global header, then per-record headers
// with captured length) as written by tcpdump -w. Only what the tests need: Ethernet frames.
using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;

namespace RalphOS.Net.Tests.Support;

public static class PcapReader
{
    const uint MagicMicroseconds = 0xA1B2C3D4;
    const uint MagicNanoseconds = 0xA1B23C4D;
    const int GlobalHeaderLength = 24;
    const int RecordHeaderLength = 16;
    const uint LinkTypeEthernet = 1;

    public static List<byte[]> ReadFrames(string name)
    {
        byte[] file = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Captures", name));
        uint magic = BinaryPrimitives.ReadUInt32LittleEndian(file);
        bool little = magic == MagicMicroseconds || magic == MagicNanoseconds;
        if (!little) throw new InvalidDataException("only little-endian pcap files are expected");
        if (BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(20)) != LinkTypeEthernet)
            throw new InvalidDataException("not an Ethernet capture");
        var frames = new List<byte[]>();
        int offset = GlobalHeaderLength;
        while (offset + RecordHeaderLength <= file.Length)
        {
            int captured = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.AsSpan(offset + 8));
            offset += RecordHeaderLength;
            frames.Add(file.AsSpan(offset, captured).ToArray());
            offset += captured;
        }
        return frames;
    }
}
