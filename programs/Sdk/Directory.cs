// Directory: System.IO.Directory for programs, as .NET's static methods, over the data
// disk's directories through the kernel API (FileCalls). GetFiles and GetDirectories
// return the given path joined with each name, as .NET's do ("/" lists the root).
using System.Collections.Generic;
using RalphOS.Programs;

namespace System.IO;

public static class Directory
{
    public static bool Exists(string path) =>
        path != null && path.Trim().Length > 0 && FileCalls.Kind(path, out _) == FileCalls.IsDirectory;

    public static void CreateDirectory(string path) => FileCalls.CreateDirectory(path);

    public static string[] GetFiles(string path) => Entries(path, directories: false);

    public static string[] GetDirectories(string path) => Entries(path, directories: true);

    private static string[] Entries(string path, bool directories)
    {
        var found = new List<string>();
        foreach (string entry in FileCalls.List(path))
        {
            bool isDirectory = entry.EndsWith("/");
            if (isDirectory != directories)
                continue;
            string name = isDirectory ? entry.Substring(0, entry.Length - 1) : entry;
            found.Add(path.EndsWith("/") || path.EndsWith("\\") ? $"{path}{name}" : $"{path}/{name}");
        }
        return found.ToArray();
    }
}
