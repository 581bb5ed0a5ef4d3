// Toolchain: runs nasm, ld and objcopy for the tests and fails with their stderr.
//
// Assemble/Link/Flatten wrap the three steps that turn a NASM source into the pair the
// image tool wants: a linked ELF (load address, .bss size, symbols) and its flat binary.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace RalphOS.Boot.Tests.Fixtures;

public static class Toolchain
{
    public static void Run(string program, IEnumerable<string> arguments, string workingDirectory = null)
    {
        var startInfo = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(startInfo) ?? throw new InvalidOperationException($"cannot start {program}");
        string output = process.StandardOutput.ReadToEnd();
        string errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', startInfo.ArgumentList)} failed ({process.ExitCode}):\n{output}{errors}");
        }
    }

    /// <summary>nasm -f elf64 with the include folders; defines are NAME or NAME=VALUE.</summary>
    public static void AssembleElf(string source, string objectFile, IEnumerable<string> includeFolders, IEnumerable<string> defines)
    {
        var arguments = new List<string> { "-f", "elf64" };
        AddIncludesAndDefines(arguments, includeFolders, defines);
        arguments.AddRange(new[] { source, "-o", objectFile });
        Run("nasm", arguments);
    }

    /// <summary>nasm -f bin (the bootloader stages) with the include folders and defines.</summary>
    public static void AssembleFlat(string source, string output, IEnumerable<string> includeFolders, IEnumerable<string> defines)
    {
        var arguments = new List<string> { "-f", "bin" };
        AddIncludesAndDefines(arguments, includeFolders, defines);
        arguments.AddRange(new[] { source, "-o", output });
        Run("nasm", arguments);
    }

    public static void Link(string objectFile, string linkerScript, string elfFile) =>
        Run("ld", new[] { "-T", linkerScript, "-o", elfFile, objectFile });

    public static void Flatten(string elfFile, string binaryFile) =>
        Run("objcopy", new[] { "-O", "binary", elfFile, binaryFile });

    private static void AddIncludesAndDefines(List<string> arguments, IEnumerable<string> includeFolders, IEnumerable<string> defines)
    {
        foreach (string folder in includeFolders)
        {
            arguments.Add("-I");
            arguments.Add(folder.EndsWith('/') ? folder : folder + "/");
        }
        foreach (string define in defines)
        {
            arguments.Add("-D" + define);
        }
    }

    /// <summary>A folder for this test run's files; the whole run's folder is deleted at exit.</summary>
    public static string NewWorkDirectory(string purpose)
    {
        string folder = Path.Combine(_runDirectory, purpose);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static readonly string _runDirectory = Create_runDirectory();

    private static string Create_runDirectory()
    {
        string folder = Path.Combine(Path.GetTempPath(), "ralphos-boot-tests", $"{Environment.ProcessId}");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return folder;
    }
}
