// PpmImage: a binary PPM (P6, 8 bits a channel), the format of QEMU's screendump, loaded
// for tests that check pixels, and saved as PNG (zlib from System.IO.Compression) for the
// README's screenshot.
using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace RalphOS.TestHarness;

public sealed class PpmImage
{
    private readonly byte[] _rgb;

    private PpmImage(int width, int height, byte[] rgb)
    {
        Width = width;
        Height = height;
        _rgb = rgb;
    }

    public int Width { get; }
    public int Height { get; }

    public static PpmImage Load(string path)
    {
        byte[] data = File.ReadAllBytes(path);
        int position = 0;
        string magic = NextToken(data, ref position);
        if (magic != "P6")
            throw new InvalidDataException($"{path}: not a binary PPM (magic {magic})");
        int width = int.Parse(NextToken(data, ref position));
        int height = int.Parse(NextToken(data, ref position));
        int maximum = int.Parse(NextToken(data, ref position));
        if (maximum != 255)
            throw new InvalidDataException($"{path}: {maximum} levels a channel, expected 255");
        position++; // the single whitespace after the header
        var rgb = new byte[width * height * 3];
        Array.Copy(data, position, rgb, 0, rgb.Length);
        return new PpmImage(width, height, rgb);
    }

    public (byte Red, byte Green, byte Blue) Pixel(int x, int y)
    {
        int offset = (y * Width + x) * 3;
        return (_rgb[offset], _rgb[offset + 1], _rgb[offset + 2]);
    }

    public void SavePng(string path)
    {
        using var file = File.Create(path);
        file.Write(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)Width);
        WriteBigEndian(header, 4, (uint)Height);
        header[8] = 8;   // bits a channel
        header[9] = 2;   // colour type: RGB
        WriteChunk(file, "IHDR", header);
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (int y = 0; y < Height; y++)
            {
                zlib.WriteByte(0); // filter: none
                zlib.Write(_rgb, y * Width * 3, Width * 3);
            }
        }
        WriteChunk(file, "IDAT", compressed.ToArray());
        WriteChunk(file, "IEND", Array.Empty<byte>());
    }

    private static void WriteChunk(Stream output, string type, byte[] body)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)body.Length);
        output.Write(length);
        byte[] typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(body);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32(typeBytes, body));
        output.Write(crc);
    }

    // CRC-32 (ISO 3309, as PNG specifies) over the chunk's type and body.
    private static uint Crc32(byte[] type, byte[] body)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte[] part in new[] { type, body })
        {
            foreach (byte value in part)
            {
                crc ^= value;
                for (int bit = 0; bit < 8; bit++)
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }
        return ~crc;
    }

    private static void WriteBigEndian(byte[] buffer, int offset, uint value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    private static string NextToken(byte[] data, ref int position)
    {
        while (position < data.Length && (char.IsWhiteSpace((char)data[position]) || data[position] == '#'))
        {
            if (data[position] == '#')
            {
                while (position < data.Length && data[position] != '\n')
                    position++;
            }
            else
            {
                position++;
            }
        }
        int start = position;
        while (position < data.Length && !char.IsWhiteSpace((char)data[position]))
            position++;
        return Encoding.ASCII.GetString(data, start, position - start);
    }
}
