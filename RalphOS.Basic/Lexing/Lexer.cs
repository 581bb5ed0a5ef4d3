// Lexer: turns the text of one line (without its line number) into tokens. Lines are
// tokenized once, when entered; the parser never looks at characters again.
// Interface: Lexer.Tokenize(text) -> Token[] ending with Eol; Lexer.Normalize(text, tokens)
// gives the LIST form (words in upper case). Called by ProgramStore and the Repl.
using System.Collections.Generic;
using System.Text;

namespace RalphOS.Basic.Lexing;

public static class Lexer
{
    public static Token[] Tokenize(string text)
    {
        var list = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ' || c == '\t') { i++; continue; }
            int start = i;
            if (char.IsLetter(c)) { i = LexWord(text, i, list); continue; }
            if (char.IsDigit(c) || (c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                i = LexNumber(text, i, list);
                continue;
            }
            if (c == '&') { i = LexRadix(text, i, list); continue; }
            if (c == '"')
            {
                int close = text.IndexOf('"', i + 1);
                int end = close < 0 ? text.Length : close;
                list.Add(new Token { Kind = TokenKind.String, Text = text.Substring(i + 1, end - i - 1), Pos = start, End = close < 0 ? end : end + 1 });
                i = close < 0 ? end : end + 1;
                continue;
            }
            if (c == '\'')
            {
                list.Add(new Token { Kind = TokenKind.Raw, Kw = Keyword.Rem, Text = text.Substring(i + 1), Pos = i, End = text.Length });
                i = text.Length;
                continue;
            }
            if (c == '?')
            {
                list.Add(new Token { Kind = TokenKind.Word, Kw = Keyword.Print, Text = "PRINT", Pos = i, End = i + 1 });
                i++;
                continue;
            }
            i = LexSymbol(text, i, list);
        }
        list.Add(new Token { Kind = TokenKind.Eol, Text = "", Pos = text.Length, End = text.Length });
        return list.ToArray();
    }

    /// <summary>The line as LIST shows it: words upper case, strings and comments untouched.</summary>
    public static string Normalize(string text, Token[] tokens)
    {
        var sb = new StringBuilder(text);
        for (int t = 0; t < tokens.Length; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) continue;
            for (int p = tokens[t].Pos; p < tokens[t].End && p < sb.Length; p++)
                sb[p] = char.ToUpperInvariant(sb[p]);
        }
        return sb.ToString().Trim();
    }

    private static int LexWord(string text, int i, List<Token> list)
    {
        int start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '.')) i++;
        if (i < text.Length && (text[i] == '$' || text[i] == '%' || text[i] == '!' || text[i] == '#')
            && !(text[i] == '#' && IntroducesFileNumber(text.Substring(start, i - start).ToUpperInvariant()))) i++;
        string word = text.Substring(start, i - start).ToUpperInvariant();
        Keyword kw = KeywordTable.Lookup(word);
        list.Add(new Token { Kind = TokenKind.Word, Kw = kw, Text = word, Pos = start, End = i });
        if (kw == Keyword.Rem)
        {
            list.Add(new Token { Kind = TokenKind.Raw, Kw = Keyword.Rem, Text = text.Substring(i), Pos = i, End = text.Length });
            return text.Length;
        }
        if (kw == Keyword.Data) return LexDataRaw(text, i, list);
        return i;
    }

    /// <summary>PRINT#1, INPUT#1, AS#1: a keyword (or OPEN's AS) right before '#' takes a file
    /// number; the '#' is not a type suffix (GW-BASIC reads it the same way).</summary>
    private static bool IntroducesFileNumber(string word) => word == "AS" || KeywordTable.Lookup(word) != Keyword.None;

    /// <summary>DATA keeps its text raw up to the first ':' outside quotes.</summary>
    private static int LexDataRaw(string text, int i, List<Token> list)
    {
        int start = i;
        bool quoted = false;
        while (i < text.Length && (quoted || text[i] != ':'))
        {
            if (text[i] == '"') quoted = !quoted;
            i++;
        }
        list.Add(new Token { Kind = TokenKind.Raw, Kw = Keyword.Data, Text = text.Substring(start, i - start), Pos = start, End = i });
        return i;
    }

    private static int LexNumber(string text, int i, List<Token> list)
    {
        int start = i;
        bool plain = true;
        while (i < text.Length && char.IsDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.')
        {
            plain = false;
            i++;
            while (i < text.Length && char.IsDigit(text[i])) i++;
        }
        int mantissaEnd = i;
        if (i < text.Length && (text[i] == 'E' || text[i] == 'e' || text[i] == 'D' || text[i] == 'd'))
        {
            int j = i + 1;
            if (j < text.Length && (text[j] == '+' || text[j] == '-')) j++;
            if (j < text.Length && char.IsDigit(text[j]))
            {
                plain = false;
                while (j < text.Length && char.IsDigit(text[j])) j++;
                i = j;
            }
        }
        string spelled = text.Substring(start, i - start);
        string forParse = spelled.Replace('D', 'E').Replace('d', 'E');
        if (forParse.StartsWith(".")) forParse = "0" + forParse;
        if (forParse.EndsWith(".")) forParse = forParse + "0";
        forParse = forParse.Replace(".E", ".0E");
        double value;
        if (!double.TryParse(forParse, out value)) value = double.PositiveInfinity;
        if (i < text.Length && (text[i] == '#' || text[i] == '!' || text[i] == '%'))
        {
            plain = false;
            i++;
        }
        list.Add(new Token { Kind = TokenKind.Number, Num = value, Text = spelled, IsPlainInteger = plain && mantissaEnd == i, Pos = start, End = i });
        return i;
    }

    /// <summary>&amp;H1F (hex) and &amp;O17 or &amp;17 (octal) literals.</summary>
    private static int LexRadix(string text, int i, List<Token> list)
    {
        int start = i;
        i++;
        int radix = 8;
        if (i < text.Length && (text[i] == 'H' || text[i] == 'h')) { radix = 16; i++; }
        else if (i < text.Length && (text[i] == 'O' || text[i] == 'o')) i++;
        long value = 0;
        int digits = 0;
        while (i < text.Length && digits < 16)
        {
            int d = DigitValue(text[i]);
            if (d < 0 || d >= radix) break;
            value = value * radix + d;
            digits++;
            i++;
        }
        if (digits == 0)
        {
            list.Add(new Token { Kind = TokenKind.Symbol, Text = "&", Pos = start, End = start + 1 });
            return start + 1;
        }
        list.Add(new Token { Kind = TokenKind.Number, Num = value, Text = text.Substring(start, i - start), Pos = start, End = i });
        return i;
    }

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        char u = char.ToUpperInvariant(c);
        if (u >= 'A' && u <= 'F') return u - 'A' + 10;
        return -1;
    }

    private static int LexSymbol(string text, int i, List<Token> list)
    {
        char c = text[i];
        char n = i + 1 < text.Length ? text[i + 1] : '\0';
        string sym = new string(c, 1);
        if ((c == '<' && (n == '=' || n == '>')) || (c == '>' && n == '=')) sym = text.Substring(i, 2);
        else if ((c == '=' && (n == '<' || n == '>')) || (c == '>' && n == '<'))
            sym = c == '=' ? (n == '<' ? "<=" : ">=") : "<>";
        int len = (sym.Length == 2) ? 2 : 1;
        list.Add(new Token { Kind = TokenKind.Symbol, Text = sym, Pos = i, End = i + len });
        return i + len;
    }
}
