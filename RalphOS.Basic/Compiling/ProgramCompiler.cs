// ProgramCompiler: stored lines -> CompiledProgram (parse every line, add the end
// sentinel, link jumps and loops, collect DATA), and direct-mode lines -> code appended
// after the program. Also finds the soft keywords the program uses as variable names.
using System.Collections.Generic;
using RalphOS.Basic.Lexing;
using RalphOS.Basic.Nodes;
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Compiling;

internal static class ProgramCompiler
{
    public static CompiledProgram Compile(ProgramStore store, SymbolTable symbols, HashSet<Keyword> shadowed)
    {
        var program = new CompiledProgram();
        var parser = new Parser(symbols, shadowed, program.Code);
        for (int i = 0; i < store.Count; i++)
        {
            ProgramLine line = store[i];
            program.LineToPc[line.Number] = program.Code.Count;
            parser.ParseLine(line.Tokens);
            while (program.PcLine.Count < program.Code.Count) program.PcLine.Add(line.Number);
            CollectData(line, program);
        }
        program.Code.Add(new EndOfProgram());
        program.PcLine.Add(store.Count > 0 ? store[store.Count - 1].Number : -1);
        program.Length = program.Code.Count;
        new ProgramLinker(program.LineToPc).Link(program.Code, 0, program.Length);
        FindDeclarations(program);
        return program;
    }

    /// <summary>Marks DIMs that can be allocated before the run and finds OPTION BASE.</summary>
    private static void FindDeclarations(CompiledProgram program)
    {
        var counts = new Dictionary<long, int>();
        foreach (var s in program.Code)
        {
            if (s is OptionBaseStmt ob && program.OptionBase < 0) program.OptionBase = ob.Base;
            if (!(s is DimStmt d)) continue;
            foreach (var e in d.Entries)
            {
                long key = e.IsString ? -1 - e.Slot : e.Slot;
                counts[key] = counts.TryGetValue(key, out int c) ? c + 1 : 1;
            }
        }
        foreach (var s in program.Code)
        {
            if (!(s is DimStmt d)) continue;
            bool any = false;
            for (int i = 0; i < d.Entries.Length; i++)
            {
                DimEntry e = d.Entries[i];
                bool constant = true;
                foreach (var b in e.Bounds) if (!(b is NumConst)) constant = false;
                long key = e.IsString ? -1 - e.Slot : e.Slot;
                d.Entries[i].Static = constant && counts[key] == 1;
                any |= d.Entries[i].Static;
            }
            if (any) program.StaticDims.Add(d);
        }
    }

    /// <summary>Code for one direct-mode line: the program's code followed by the line's.</summary>
    public static void CompileDirect(CompiledProgram program, Token[] tokens, SymbolTable symbols,
        HashSet<Keyword> shadowed, out Stmt[] code, out int[] pcLine)
    {
        var list = new List<Stmt>(program.Length + 8);
        for (int i = 0; i < program.Length; i++) list.Add(program.Code[i]);
        var direct = new HashSet<Keyword>(shadowed);
        AddShadows(tokens, direct);
        new Parser(symbols, direct, list).ParseLine(tokens);
        list.Add(new EndOfDirectLine());
        new ProgramLinker(program.LineToPc).Link(list, program.Length, list.Count);
        code = list.ToArray();
        pcLine = new int[code.Length];
        for (int i = 0; i < pcLine.Length; i++) pcLine[i] = i < program.Length ? program.PcLine[i] : -1;
    }

    /// <summary>Soft keywords assigned anywhere ("POS = 1", "FOR POS = ...", "INPUT POS",
    /// "READ POS", "DIM POS(9)") are variables (or arrays) throughout the program.</summary>
    public static HashSet<Keyword> FindShadows(ProgramStore store)
    {
        var set = new HashSet<Keyword>();
        for (int i = 0; i < store.Count; i++) AddShadows(store[i].Tokens, set);
        return set;
    }

    private static void AddShadows(Token[] t, HashSet<Keyword> set)
    {
        Keyword statement = Keyword.None;
        for (int i = 0; i + 1 < t.Length; i++)
        {
            bool starts = i == 0 || t[i - 1].IsSymbol(":") || t[i - 1].IsKeyword(Keyword.Then) || t[i - 1].IsKeyword(Keyword.Else);
            if (starts) statement = t[i].Kind == TokenKind.Word ? t[i].Kw : Keyword.None;
            bool listed = statement == Keyword.Input || statement == Keyword.Read || statement == Keyword.Dim;
            if (listed && i > 0 && t[i].Kind == TokenKind.Word && KeywordTable.IsSoft(t[i].Kw)
                && (t[i - 1].IsSymbol(",") || t[i - 1].IsSymbol(";") || t[i - 1].IsKeyword(statement)))
            {
                set.Add(t[i].Kw);
                continue;
            }
            if (t[i].Kind != TokenKind.Word || !KeywordTable.IsSoft(t[i].Kw) || !t[i + 1].IsSymbol("=")) continue;
            bool atStart = i == 0 || t[i - 1].IsSymbol(":") || t[i - 1].IsKeyword(Keyword.Then)
                || t[i - 1].IsKeyword(Keyword.Else) || t[i - 1].IsKeyword(Keyword.Let) || t[i - 1].IsKeyword(Keyword.For);
            if (atStart) set.Add(t[i].Kw);
        }
    }

    private static void CollectData(ProgramLine line, CompiledProgram program)
    {
        Token[] t = line.Tokens;
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i].Kind != TokenKind.Raw || t[i].Kw != Keyword.Data) continue;
            string raw = t[i].Text;
            int start = 0;
            bool quoted = false;
            for (int k = 0; k <= raw.Length; k++)
            {
                if (k < raw.Length && raw[k] == '"') quoted = !quoted;
                if (k < raw.Length && (raw[k] != ',' || quoted)) continue;
                AddItem(raw.Substring(start, k - start), line.Number, program);
                start = k + 1;
            }
        }
    }

    private static void AddItem(string item, int lineNumber, CompiledProgram program)
    {
        string t = item.Trim();
        bool quoted = t.Length >= 1 && t[0] == '"';
        if (quoted) t = t.Length >= 2 && t[t.Length - 1] == '"' ? t.Substring(1, t.Length - 2) : t.Substring(1);
        program.DataItems.Add(t);
        program.DataQuoted.Add(quoted);
        program.DataLine.Add(lineNumber);
    }
}
