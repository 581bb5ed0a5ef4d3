// KernelLayerTable: the table of docs/kernel-layout.md (Layer | Folder | What it holds |
// May import | Within its layer), parsed into one KernelLayerRow per folder. Rows are the
// table lines whose first cell is a number; the folder cell may be in backticks; the last
// cell is "mutual" or "independent". KernelLayoutTests reads the real document with it.
using System;
using System.Collections.Generic;
using System.IO;

namespace RalphOS.Kernel.Tests;

internal sealed class KernelLayerTable
{
    public const string RootFolder = "(root)";
    private const int FirstCells = 5; // Layer, Folder, What it holds, May import, Within its layer

    private readonly Dictionary<string, KernelLayerRow> _rows = new(StringComparer.Ordinal);

    public IEnumerable<KernelLayerRow> Rows => _rows.Values;

    public static string DocumentPath => Path.Combine(KernelImages.RepositoryRoot, "docs", "kernel-layout.md");

    public static KernelLayerTable FromDocument() => Parse(File.ReadAllText(DocumentPath));

    public static KernelLayerTable Parse(string markdown)
    {
        var table = new KernelLayerTable();
        foreach (string rawLine in markdown.Split('\n'))
        {
            string line = rawLine.Trim();
            if (!line.StartsWith('|'))
                continue;
            string[] cells = line.Trim('|').Split('|');
            if (!int.TryParse(cells[0].Trim(), out int layer))
                continue; // the header or the separator line
            if (cells.Length < FirstCells)
                throw new FormatException($"layer table row has {cells.Length} cells, not {FirstCells}: {line}");
            string folder = cells[1].Trim().Trim('`').TrimEnd('/');
            string within = cells[FirstCells - 1].Trim();
            if (within != "mutual" && within != "independent")
                throw new FormatException($"layer table row: 'Within its layer' must be mutual or independent: {line}");
            if (!table._rows.TryAdd(folder, new KernelLayerRow(folder, layer, within == "mutual")))
                throw new FormatException($"layer table names {folder} twice");
        }
        if (table._rows.Count == 0)
            throw new FormatException("no layer table rows found");
        return table;
    }

    public bool TryGet(string folder, out KernelLayerRow row) => _rows.TryGetValue(folder, out row);
}
