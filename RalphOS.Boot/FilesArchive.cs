// FilesArchive: the format of the image's files segment, which carries the BASIC programs
// (bas/*.bas) the kernel offers to LOAD. Little-endian:
//   u32 magic "RFIL", u32 count, then count entries of
//   { u16 name length, name (ASCII), u32 data length, data }.
// The kernel reads it in RalphOS.Kernel/Boot/EmbeddedFiles.cs.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace RalphOS.Boot;

public static class FilesArchive
{
    public const uint Magic = 0x4C494652; // "RFIL"
    public const int MaxNameLength = 255;

    public static byte[] Pack(IReadOnlyList<(string Name, byte[] Data)> files)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(Magic);
        writer.Write((uint)files.Count);
        foreach ((string name, byte[] data) in files)
        {
            byte[] nameBytes = Encoding.ASCII.GetBytes(name);
            if (nameBytes.Length == 0 || nameBytes.Length > MaxNameLength)
                throw new ImageToolException($"file name '{name}' must be 1 to {MaxNameLength} characters");
            writer.Write((ushort)nameBytes.Length);
            writer.Write(nameBytes);
            writer.Write((uint)data.Length);
            writer.Write(data);
        }
        writer.Flush();
        return stream.ToArray();
    }

    public static List<(string Name, byte[] Data)> Unpack(byte[] archive)
    {
        var files = new List<(string, byte[])>();
        using var reader = new BinaryReader(new MemoryStream(archive));
        if (archive.Length < 8 || reader.ReadUInt32() != Magic)
            throw new ImageToolException("not a files archive (bad magic)");
        uint count = reader.ReadUInt32();
        for (uint i = 0; i < count; i++)
        {
            int nameLength = reader.ReadUInt16();
            string name = Encoding.ASCII.GetString(reader.ReadBytes(nameLength));
            int dataLength = (int)reader.ReadUInt32();
            byte[] data = reader.ReadBytes(dataLength);
            if (data.Length != dataLength)
                throw new ImageToolException($"files archive is truncated in '{name}'");
            files.Add((name, data));
        }
        return files;
    }
}
