// Pictures of small framebuffers as text, for hand-checked pixel sets in tests: one string
// per row, '.' for colour 0 and '#' for any other colour (or a chosen character per colour).
using System.Collections.Generic;
using System.Text;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Tests.Support;

public static class Picture
{
    public static string[] Rows(MemoryFramebuffer screen)
    {
        var rows = new string[screen.Height];
        for (int y = 0; y < screen.Height; y++)
        {
            var sb = new StringBuilder();
            for (int x = 0; x < screen.Width; x++) sb.Append(screen[x, y] == 0 ? '.' : '#');
            rows[y] = sb.ToString();
        }
        return rows;
    }

    /// <summary>The set pixels (colour != 0) as (x, y) pairs.</summary>
    public static HashSet<(int, int)> Set(MemoryFramebuffer screen)
    {
        var set = new HashSet<(int, int)>();
        for (int y = 0; y < screen.Height; y++)
            for (int x = 0; x < screen.Width; x++)
                if (screen[x, y] != 0) set.Add((x, y));
        return set;
    }

    /// <summary>Number of set pixels among the 8 neighbours of (x, y).</summary>
    public static int Neighbours(HashSet<(int, int)> set, int x, int y)
    {
        int n = 0;
        for (int dy = -1; dy <= 1; dy++)
            for (int dx = -1; dx <= 1; dx++)
                if ((dx != 0 || dy != 0) && set.Contains((x + dx, y + dy))) n++;
        return n;
    }
}
