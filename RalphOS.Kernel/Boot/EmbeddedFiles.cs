// EmbeddedFiles: the files the image carries in its files segment (bas/*.bas and the
// programs' build/programs/*.elf, packed by
// the image tool: RalphOS.Boot/FilesArchive.cs). The format is checked as it is read, so a
// damaged segment yields fewer files, never a fault:
//   u32 magic "RFIL", u32 count, count x { u16 name length, name, u32 data length, data }.
using System.Collections.Generic;

namespace RalphOS.Kernel.Boot;

internal static unsafe class EmbeddedFiles
{
    private const uint Magic = 0x4C494652; // "RFIL"

    // Every file as text (BASIC's LOAD reads programs this way).
    public static List<KeyValuePair<string, string>> Read(BootInfo* bootInfo)
    {
        var files = new List<KeyValuePair<string, string>>();
        foreach (EmbeddedFile file in Entries(bootInfo))
            files.Add(new KeyValuePair<string, string>(file.Name, Text(file.Data, (int)file.Length)));
        return files;
    }

    // Every file in place (the program loader reads ELF files this way, without a copy).
    public static List<EmbeddedFile> Entries(BootInfo* bootInfo)
    {
        var files = new List<EmbeddedFile>();
        ImageSegment* segment = bootInfo->ImageHeader->FindSegment(SegmentKind.Files);
        if (segment == null || segment->FileSize < 8)
            return files;
        byte* data = (byte*)segment->LoadAddress;
        byte* end = data + segment->FileSize;
        if (*(uint*)data != Magic)
            return files;
        uint count = *(uint*)(data + 4);
        byte* cursor = data + 8;
        for (uint i = 0; i < count && cursor + 2 <= end; i++)
        {
            int nameLength = *(ushort*)cursor;
            cursor += 2;
            if (cursor + nameLength + 4 > end)
                break;
            string name = Text(cursor, nameLength);
            cursor += nameLength;
            uint length = *(uint*)cursor;
            cursor += 4;
            if (length > (ulong)(end - cursor))
                break;
            files.Add(new EmbeddedFile { Name = name, Data = cursor, Length = length });
            cursor += length;
        }
        return files;
    }

    private static string Text(byte* bytes, int length)
    {
        char[] characters = new char[length];
        for (int i = 0; i < length; i++)
            characters[i] = (char)bytes[i];
        return new string(characters);
    }
}
