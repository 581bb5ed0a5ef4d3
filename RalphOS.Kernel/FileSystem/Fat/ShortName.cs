// ShortName: 8.3 names as stored in a directory entry (11 bytes, space padded, upper
// case): checking whether a name fits exactly, formatting for display, making the basis
// name "LONGNA~1.TXT" for a long name, and the checksum that ties long-name entries to
// their short entry (FAT spec, "FAT Long Directory Entries"). FatVolume and LongName call it.
using System;

namespace RalphOS.Kernel.FileSystem.Fat;

public static class ShortName
{
    private const string SpecialCharacters = "$%'-_@~`!(){}^#&";

    public static bool IsShortNameCharacter(char c) =>
        (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || SpecialCharacters.IndexOf(c) >= 0;

    /// <summary>True if name is a valid long name: 1-255 characters, none of the reserved
    /// ones, not "." or "..", no trailing dot or space.</summary>
    public static bool IsValidLongName(string name)
    {
        if (name == null || name.Length == 0 || name.Length > 255) return false;
        if (name == "." || name == "..") return false;
        char last = name[name.Length - 1];
        if (last == '.' || last == ' ') return false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (c < 0x20 || "\"*/:<>?\\|".IndexOf(c) >= 0) return false;
        }
        return true;
    }

    /// <summary>Fills raw (11 bytes) when name is exactly an 8.3 name, each part in one case;
    /// caseFlags then says which parts are lower case.</summary>
    public static bool TryExact(string name, Span<byte> raw, out byte caseFlags)
    {
        caseFlags = 0;
        int dot = name.IndexOf('.');
        string baseName = dot < 0 ? name : name.Substring(0, dot);
        string extension = dot < 0 ? "" : name.Substring(dot + 1);
        if (baseName.Length == 0 || baseName.Length > 8 || extension.Length > 3 || extension.IndexOf('.') >= 0) return false;
        if (dot >= 0 && extension.Length == 0) return false;
        if (!TryPart(baseName, out bool lowerBase) || !TryPart(extension, out bool lowerExtension)) return false;
        raw.Slice(0, DirectoryEntry.NameLength).Fill((byte)' ');
        for (int i = 0; i < baseName.Length; i++) raw[i] = (byte)char.ToUpperInvariant(baseName[i]);
        for (int i = 0; i < extension.Length; i++) raw[8 + i] = (byte)char.ToUpperInvariant(extension[i]);
        if (raw[0] == DirectoryEntry.DeletedMarker) raw[0] = DirectoryEntry.KanjiE5Marker;
        if (lowerBase) caseFlags |= DirectoryEntry.LowerCaseBase;
        if (lowerExtension) caseFlags |= DirectoryEntry.LowerCaseExtension;
        return true;
    }

    // One part of an 8.3 name: valid characters, all upper or all lower case letters.
    private static bool TryPart(string part, out bool lower)
    {
        bool hasUpper = false, hasLower = false;
        for (int i = 0; i < part.Length; i++)
        {
            char c = part[i];
            if (c >= 'a' && c <= 'z') hasLower = true;
            else if (c >= 'A' && c <= 'Z') hasUpper = true;
            else if (!IsShortNameCharacter(c)) { lower = false; return false; }
        }
        lower = hasLower;
        return !(hasUpper && hasLower);
    }

    /// <summary>The basis of a generated short name for a long name, with "~n" in it
    /// (FAT spec's numeric-tail generation, simplified: n is the caller's counter).</summary>
    public static void MakeNumbered(string longName, int n, Span<byte> raw)
    {
        raw.Slice(0, DirectoryEntry.NameLength).Fill((byte)' ');
        int lastDot = longName.LastIndexOf('.');
        string basePart = lastDot > 0 ? longName.Substring(0, lastDot) : longName;
        string extension = lastDot > 0 ? longName.Substring(lastDot + 1) : "";
        string tail = $"~{n}";
        int baseLimit = 8 - tail.Length;
        int length = 0;
        for (int i = 0; i < basePart.Length && length < baseLimit; i++)
        {
            char c = Sanitize(basePart[i]);
            if (c != '\0') raw[length++] = (byte)c;
        }
        for (int i = 0; i < tail.Length; i++) raw[length + i] = (byte)tail[i];
        int extensionLength = 0;
        for (int i = 0; i < extension.Length && extensionLength < 3; i++)
        {
            char c = Sanitize(extension[i]);
            if (c != '\0') raw[8 + extensionLength++] = (byte)c;
        }
    }

    // Upper case; spaces and dots dropped; anything else not allowed becomes '_'.
    private static char Sanitize(char c)
    {
        if (c == ' ' || c == '.') return '\0';
        char upper = char.ToUpperInvariant(c);
        return IsShortNameCharacter(upper) ? upper : '_';
    }

    public static string Format(ReadOnlySpan<byte> raw, byte caseFlags)
    {
        var chars = new char[12];
        int length = 0;
        for (int i = 0; i < 8 && raw[i] != ' '; i++)
        {
            char c = i == 0 && raw[i] == DirectoryEntry.KanjiE5Marker ? (char)0xE5 : (char)raw[i];
            chars[length++] = (caseFlags & DirectoryEntry.LowerCaseBase) != 0 ? char.ToLowerInvariant(c) : c;
        }
        if (raw[8] != ' ')
        {
            chars[length++] = '.';
            for (int i = 8; i < 11 && raw[i] != ' '; i++)
                chars[length++] = (caseFlags & DirectoryEntry.LowerCaseExtension) != 0 ? char.ToLowerInvariant((char)raw[i]) : (char)raw[i];
        }
        return new string(chars, 0, length);
    }

    public static byte Checksum(ReadOnlySpan<byte> raw)
    {
        byte sum = 0;
        for (int i = 0; i < DirectoryEntry.NameLength; i++)
            sum = (byte)(((sum & 1) << 7) + (sum >> 1) + raw[i]);
        return sum;
    }

    public static bool SameName(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        for (int i = 0; i < DirectoryEntry.NameLength; i++)
            if (a[i] != b[i]) return false;
        return true;
    }
}
