// AssemblySymbolTests: every assembly entry point (the `global` names of
// RalphOS.Kernel/Arch/*.asm and RalphOS.Plugs/Asm/*.asm) is in the kernel's symbol table with
// a size, so panics, backtraces and the profiler name it: the idle loop's ralph_hlt tops an
// idle profile and a task's backtrace ends in ralph_task_trampoline instead of "??".
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RalphOS.Boot;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class AssemblySymbolTests
{
    // The end of the boot stack: an address, not a thing with a size of its own.
    private static readonly string[] EndMarkers = { "boot_stack_top" };

    [Fact]
    public void EveryAssemblyEntryPointIsInTheKernelSymbolTable()
    {
        DiskImage image = DiskImage.Load(KernelImages.Standard);
        ImageSegment segment = image.Header.Segments.Single(candidate => candidate.Kind == SegmentKind.Symbols);
        Dictionary<string, SymbolEntry> symbols = SymbolTable.Parse(image.SegmentBytes(segment))
            .GroupBy(entry => entry.Name).ToDictionary(group => group.Key, group => group.First());
        List<string> names = AssemblyGlobals();
        Assert.Contains("ralph_hlt", names);
        Assert.Contains("ralph_task_trampoline", names);
        var missing = names.Where(name => !symbols.TryGetValue(name, out SymbolEntry entry) || entry.Size == 0).ToList();
        Assert.True(missing.Count == 0, "not in the symbol table with a size: " + string.Join(", ", missing));
    }

    [Fact]
    public void ProfilesAndBacktracesNameAssemblyCode()
    {
        using var console = KernelConsole.Boot(nameof(ProfilesAndBacktracesNameAssemblyCode));
        console.Run("profile start");
        console.Run("sleep 300");
        string report = console.Run("profile stop 3");
        Match top = Regex.Match(report, @"^\s*\d+\.\d%\s+\d+\s+(\S+)", RegexOptions.Multiline);
        Assert.True(top.Success, report);
        Assert.Equal("ralph_hlt", top.Groups[1].Value);   // the idle loop waits in hlt
        Assert.DoesNotContain("(no symbol)", report);
        string fault = console.Run("tasktest wild");   // a #GP: the CPU-exception report
        Assert.Contains("backtrace:", fault);
        Assert.Matches(@"#\d+ 0x[0-9A-Fa-f]+ ralph_task_trampoline\+", fault);
        Assert.DoesNotContain("??", fault);
    }

    private static List<string> AssemblyGlobals()
    {
        string root = KernelImages.RepositoryRoot;
        var files = Directory.GetFiles(Path.Combine(root, "RalphOS.Kernel", "Arch"), "*.asm")
            .Concat(Directory.GetFiles(Path.Combine(root, "RalphOS.Plugs", "Asm"), "*.asm"));
        var names = new List<string>();
        foreach (string file in files)
        {
            foreach (Match declaration in Regex.Matches(File.ReadAllText(file), @"^global\s+([^;\r\n]+)", RegexOptions.Multiline))
            {
                foreach (string item in declaration.Groups[1].Value.Split(','))
                {
                    string name = item.Trim().Split(':', ' ')[0];
                    if (name.Length > 0 && !EndMarkers.Contains(name))
                        names.Add(name);
                }
            }
        }
        return names;
    }
}
