// KernelLayoutCheck: checks kernel source files against the layer table: each file's
// folder has a row, its namespace matches the folder, and every kernel folder it imports
// has a row and a lower layer (or the same layer when both rows say mutual). Returns one
// readable line per breach; KernelLayoutTests runs it on RalphOS.Kernel/ and on made-up
// files that must fail.
using System;
using System.Collections.Generic;
using System.Linq;

namespace RalphOS.Kernel.Tests;

internal static class KernelLayoutCheck
{
    private const string KernelNamespace = "RalphOS.Kernel";

    // files: path relative to RalphOS.Kernel/ with '/' separators, and the file's text.
    public static List<string> Violations(KernelLayerTable table, IReadOnlyList<(string Path, string Source)> files)
    {
        var folderNames = new HashSet<string>(files.Select(file => FolderOf(file.Path)), StringComparer.Ordinal);
        folderNames.UnionWith(table.Rows.Select(row => row.Folder));
        var violations = new List<string>();
        foreach ((string path, string source) in files)
        {
            string folder = FolderOf(path);
            if (!table.TryGet(folder, out KernelLayerRow own))
            {
                violations.Add($"{path}: folder {folder} has no row in docs/kernel-layout.md");
                continue;
            }
            string code = KernelSourceImports.StripCommentsAndStrings(source);
            string expected = folder == KernelLayerTable.RootFolder ? KernelNamespace : $"{KernelNamespace}.{folder}";
            string declared = KernelSourceImports.Namespace(code);
            if (declared != expected && (declared == null || !declared.StartsWith(expected + ".", StringComparison.Ordinal)))
                violations.Add($"{path}: namespace {declared ?? "(none)"} does not match its folder (expected {expected})");
            foreach (string imported in KernelSourceImports.ImportedFolders(code, folderNames))
            {
                if (imported == folder)
                    continue;
                string breach = Breach(table, own, imported);
                if (breach != null)
                    violations.Add($"{path}: {folder} (layer {own.Layer}) imports {imported}: {breach}");
            }
        }
        return violations;
    }

    // The first path segment, or the root for files directly in RalphOS.Kernel/.
    public static string FolderOf(string path)
    {
        int slash = path.IndexOf('/');
        return slash < 0 ? KernelLayerTable.RootFolder : path.Substring(0, slash);
    }

    private static string Breach(KernelLayerTable table, KernelLayerRow own, string imported)
    {
        if (!table.TryGet(imported, out KernelLayerRow target))
            return "it has no row in docs/kernel-layout.md";
        if (target.Layer > own.Layer)
            return $"a higher layer ({target.Layer})";
        if (target.Layer == own.Layer && !(own.Mutual && target.Mutual))
            return $"the same layer ({target.Layer}), whose folders are independent";
        return null;
    }
}
