// KernelLayoutTests: the kernel's folders follow the layers of docs/kernel-layout.md (code
// calls downward only, every folder has a row), checked over every .cs file under
// RalphOS.Kernel/ by KernelLayoutCheck; and made-up files show the check catches an upward
// import, a folder without a row, a crossing inside an independent layer, a partly or
// fully qualified name, and a namespace that does not match its folder. Host only: no image.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class KernelLayoutTests
{
    // A small table for the made-up files, so they do not depend on the real document.
    private const string SampleTable = """
        | Layer | Folder | What it holds | May import | Within its layer |
        |-------|--------|---------------|------------|------------------|
        | 9 | `(root)` | start-up | everything | independent |
        | 3 | `Console` | monitor | below | independent |
        | 2 | `Sessions` | sessions | below | independent |
        | 2 | `Services` | services | below | independent |
        | 1 | `Network` | stack host | core | independent |
        | 0 | `Tasks` | scheduler | core | mutual |
        | 0 | `Drivers` | devices | core | mutual |
        """;

    private static readonly string[] BuildFolders = { "bin", "obj" };

    [Fact]
    public void KernelFoldersFollowTheLayerTable()
    {
        List<string> violations = KernelLayoutCheck.Violations(KernelLayerTable.FromDocument(), KernelSources());
        Assert.True(violations.Count == 0, "layering breaches (fix the code or docs/kernel-layout.md):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void EveryTableRowNamesAKernelFolder()
    {
        string kernel = Path.Combine(KernelImages.RepositoryRoot, "RalphOS.Kernel");
        string[] stale = KernelLayerTable.FromDocument().Rows
            .Select(row => row.Folder)
            .Where(folder => folder != KernelLayerTable.RootFolder && !Directory.Exists(Path.Combine(kernel, folder)))
            .ToArray();
        Assert.True(stale.Length == 0, "docs/kernel-layout.md has rows for missing folders: " + string.Join(", ", stale));
    }

    [Fact]
    public void TheLayerTableCoversTheNewSessionAndServiceFolders()
    {
        KernelLayerTable table = KernelLayerTable.FromDocument();
        Assert.True(table.TryGet("Sessions", out KernelLayerRow sessions));
        Assert.True(table.TryGet("Network", out KernelLayerRow network));
        Assert.True(table.TryGet("BasicShell", out KernelLayerRow basic));
        Assert.True(table.TryGet("Console", out KernelLayerRow console));
        Assert.True(table.TryGet("Services", out KernelLayerRow services));
        Assert.True(console.Layer > sessions.Layer && sessions.Layer > basic.Layer && basic.Layer > network.Layer);
        Assert.True(services.Layer > network.Layer && console.Layer > services.Layer);
    }

    [Fact]
    public void AnUpwardImportIsReported()
    {
        List<string> violations = Check(("Network/Stack.cs", "using RalphOS.Kernel.Sessions;\nnamespace RalphOS.Kernel.Network;\nclass Stack { }"));
        string violation = Assert.Single(violations);
        Assert.Contains("Network (layer 1) imports Sessions", violation);
        Assert.Contains("higher layer (2)", violation);
    }

    [Fact]
    public void DownwardAndMutualImportsPass()
    {
        Assert.Empty(Check(
            ("Console/Monitor.cs", "using RalphOS.Kernel.Sessions;\nusing RalphOS.Kernel.Drivers.Serial;\nnamespace RalphOS.Kernel.Console;"),
            ("Tasks/Scheduler.cs", "using RalphOS.Kernel.Drivers;\nnamespace RalphOS.Kernel.Tasks;"),
            ("Drivers/Serial/Uart.cs", "using RalphOS.Kernel.Tasks;\nnamespace RalphOS.Kernel.Drivers.Serial;"),
            ("KernelMain.cs", "namespace RalphOS.Kernel;\nclass KernelMain { void F() { Console.KernelConsole.Run(); } }")));
    }

    [Fact]
    public void AFolderWithoutARowIsReported()
    {
        List<string> violations = Check(
            ("Gadgets/Widget.cs", "namespace RalphOS.Kernel.Gadgets;"),
            ("Console/Monitor.cs", "using RalphOS.Kernel.Gadgets;\nnamespace RalphOS.Kernel.Console;"));
        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.StartsWith("Gadgets/Widget.cs: folder Gadgets has no row"));
        Assert.Contains(violations, v => v.StartsWith("Console/Monitor.cs: Console (layer 3) imports Gadgets: it has no row"));
    }

    [Fact]
    public void FoldersOfAnIndependentLayerMayNotImportEachOther()
    {
        string violation = Assert.Single(Check(("Sessions/Telnet.cs", "using RalphOS.Kernel.Services;\nnamespace RalphOS.Kernel.Sessions;")));
        Assert.Contains("the same layer (2), whose folders are independent", violation);
    }

    [Fact]
    public void QualifiedNamesInCodeCountAsImports()
    {
        List<string> violations = Check(
            ("Network/A.cs", "namespace RalphOS.Kernel.Network;\nclass A { void F() { Sessions.TelnetServer.Start(); } }"),
            ("Network/B.cs", "namespace RalphOS.Kernel.Network;\nclass B { object F() => RalphOS.Kernel.Console.KernelConsole.Instance; }"),
            ("Network/C.cs", "namespace RalphOS.Kernel.Network;\nusing Shell = RalphOS.Kernel.Services.TcpServiceHost;"));
        Assert.Equal(new[] { "Network/A.cs", "Network/B.cs", "Network/C.cs" }, violations.Select(v => v.Substring(0, v.IndexOf(':'))));
    }

    [Fact]
    public void CommentsStringsAndMembersAreNotImports()
    {
        const string source = """"
            // Sessions.TelnetServer starts this; see also RalphOS.Kernel.Console.
            /* using RalphOS.Kernel.Services; */
            namespace RalphOS.Kernel.Network;
            class Stack
            {
                string a = "Sessions.TelnetServer and RalphOS.Kernel.Console";
                string b = @"Console.X ""Services.Y""";
                string c = $"{1} Console.X";
                char d = '"';
                object e = request.Console.Write;
                string f = "Network\\"; object g = Services2.X;
            }
            """";
        Assert.Empty(Check(("Network/Stack.cs", source)));
    }

    [Fact]
    public void ANamespaceThatDoesNotMatchItsFolderIsReported()
    {
        string violation = Assert.Single(Check(("Sessions/TelnetServer.cs", "namespace RalphOS.Kernel.Network;")));
        Assert.Contains("namespace RalphOS.Kernel.Network does not match its folder (expected RalphOS.Kernel.Sessions)", violation);
    }

    private static List<string> Check(params (string Path, string Source)[] files) =>
        KernelLayoutCheck.Violations(KernelLayerTable.Parse(SampleTable), files);

    private static IReadOnlyList<(string Path, string Source)> KernelSources()
    {
        string kernel = Path.Combine(KernelImages.RepositoryRoot, "RalphOS.Kernel");
        var files = new List<(string Path, string Source)>();
        foreach (string file in Directory.EnumerateFiles(kernel, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(kernel, file).Replace(Path.DirectorySeparatorChar, '/');
            if (!BuildFolders.Contains(relative.Split('/')[0]))
                files.Add((relative, File.ReadAllText(file)));
        }
        Assert.True(files.Count > 100, $"only {files.Count} kernel sources found under {kernel}");
        return files;
    }
}
