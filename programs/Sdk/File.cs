// File: System.IO.File for programs, as .NET's static methods: whole files read and
// written on the data disk (text as UTF-8), through the kernel API (FileCalls). Paths are
// relative to the disk's root; errors are .NET's exceptions (FileNotFoundException,
// DirectoryNotFoundException, UnauthorizedAccessException, IOException).
using RalphOS.Programs;

namespace System.IO;

public static class File
{
    public static bool Exists(string path) =>
        path != null && path.Trim().Length > 0 && FileCalls.Kind(path, out _) == FileCalls.IsFile;

    public static byte[] ReadAllBytes(string path) => FileCalls.Read(path);

    public static string ReadAllText(string path) => Utf8Text.Decode(FileCalls.Read(path));

    public static string[] ReadAllLines(string path)
    {
        string text = ReadAllText(path).Replace("\r\n", "\n");
        if (text.EndsWith("\n"))
            text = text.Substring(0, text.Length - 1);
        return text.Length == 0 ? new string[0] : text.Split('\n');
    }

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        if (bytes == null)
            throw new ArgumentNullException(nameof(bytes));
        FileCalls.Write(path, bytes, append: false);
    }

    public static void WriteAllText(string path, string contents) =>
        FileCalls.Write(path, Utf8Text.Encode(contents ?? ""), append: false);

    public static void AppendAllText(string path, string contents) =>
        FileCalls.Write(path, Utf8Text.Encode(contents ?? ""), append: true);

    public static void Delete(string path) => FileCalls.Delete(path);
}
