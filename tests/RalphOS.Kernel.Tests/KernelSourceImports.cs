// KernelSourceImports: what a kernel source file declares and uses, read without a
// compiler: comments and string and character literals are blanked first, then the
// namespace declaration and every kernel folder the code names, through `using
// RalphOS.Kernel.X`, a fully qualified RalphOS.Kernel.X.Type, or a name relative to the
// kernel's namespace (X.Type, which C# resolves against RalphOS.Kernel). KernelLayoutCheck
// calls it for each file.
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace RalphOS.Kernel.Tests;

internal static class KernelSourceImports
{
    private static readonly Regex NamespaceDeclaration = new(@"^\s*namespace\s+([\w.]+)\s*[;{]?", RegexOptions.Multiline);
    private static readonly Regex QualifiedName = new(@"\bRalphOS\s*\.\s*Kernel\s*\.\s*([A-Za-z_]\w*)");
    private static readonly Regex RelativeName = new(@"(?<![\w.])([A-Z]\w*)\s*\.\s*[A-Z]");

    // The declared namespace (file-scoped or block), or null when there is none.
    public static string Namespace(string code)
    {
        Match match = NamespaceDeclaration.Match(code);
        return match.Success ? match.Groups[1].Value : null;
    }

    // The top-level kernel folders the code names (its own folder may be among them);
    // knownFolders tells which capitalised names relative to RalphOS.Kernel are folders.
    public static SortedSet<string> ImportedFolders(string code, ISet<string> knownFolders)
    {
        string body = NamespaceDeclaration.Replace(code, "");
        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (Match match in QualifiedName.Matches(body))
            folders.Add(match.Groups[1].Value);
        foreach (Match match in RelativeName.Matches(body))
        {
            string name = match.Groups[1].Value;
            if (knownFolders.Contains(name))
                folders.Add(name);
        }
        return folders;
    }

    // The source with comments removed and the insides of string and character literals
    // (interpolation holes too) removed; line breaks stay so the rest keeps its shape.
    public static string StripCommentsAndStrings(string source)
    {
        var code = new StringBuilder(source.Length);
        int i = 0;
        while (i < source.Length)
        {
            char c = source[i];
            char next = i + 1 < source.Length ? source[i + 1] : '\0';
            if (c == '/' && next == '/')
                i = SkipPast(source, i, "\n") - 1; // keep the line break
            else if (c == '/' && next == '*')
                i = SkipPast(source, i + 2, "*/");
            else if (c == '"')
                i = SkipString(source, i, code);
            else if (c == '\'')
                i = SkipCharacter(source, i, code);
            else
            {
                code.Append(c);
                i++;
            }
        }
        return code.ToString();
    }

    private static int SkipPast(string source, int start, string end)
    {
        int at = source.IndexOf(end, start, StringComparison.Ordinal);
        return at < 0 ? source.Length : at + end.Length;
    }

    // At a '"': a raw string ("""), a verbatim one (after @ or $@) or a regular one.
    private static int SkipString(string source, int start, StringBuilder code)
    {
        code.Append("\"\"");
        if (string.CompareOrdinal(source, start, "\"\"\"", 0, 3) == 0)
        {
            int quotes = 0;
            while (start + quotes < source.Length && source[start + quotes] == '"')
                quotes++;
            return SkipPast(source, start + quotes, new string('"', quotes));
        }
        bool verbatim = IsVerbatimPrefix(source, start);
        int i = start + 1;
        while (i < source.Length)
        {
            char c = source[i];
            if (verbatim && c == '"' && i + 1 < source.Length && source[i + 1] == '"')
                i += 2;
            else if (!verbatim && c == '\\')
                i += 2;
            else if (c == '"' || (!verbatim && c == '\n'))
                return i + 1;
            else
                i++;
        }
        return i;
    }

    private static bool IsVerbatimPrefix(string source, int quote) =>
        (quote >= 1 && source[quote - 1] == '@') || (quote >= 2 && source[quote - 2] == '@' && source[quote - 1] == '$');

    private static int SkipCharacter(string source, int start, StringBuilder code)
    {
        code.Append("''");
        int i = start + 1;
        while (i < source.Length && source[i] != '\'' && source[i] != '\n')
            i += source[i] == '\\' ? 2 : 1;
        return i + 1;
    }
}
