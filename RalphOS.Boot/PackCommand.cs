// PackCommand: `pack --out ARCHIVE FILE...` writes the files-segment archive (FilesArchive)
// from the given files, named by their file names. The kernel build packs bas/*.bas.
using System;
using System.Collections.Generic;
using System.IO;

namespace RalphOS.Boot;

public static class PackCommand
{
    public static int Run(string[] args, TextWriter output)
    {
        string outPath = null;
        var files = new List<(string, byte[])>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out")
            {
                if (i + 1 >= args.Length)
                    throw new UsageException("--out needs a file name");
                outPath = args[++i];
            }
            else
            {
                files.Add((Path.GetFileName(args[i]), ToolFiles.Read(args[i], "file to pack")));
            }
        }
        if (outPath == null)
            throw new UsageException("pack needs --out ARCHIVE");
        files.Sort((a, b) => string.CompareOrdinal(a.Item1, b.Item1));
        byte[] archive = FilesArchive.Pack(files);
        File.WriteAllBytes(outPath, archive);
        output.WriteLine($"packed {files.Count} files, {archive.Length} bytes, into {outPath}");
        return Program.ExitOk;
    }
}
