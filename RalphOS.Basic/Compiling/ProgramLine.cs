// One stored program line: its number, its text as LIST shows it, and its tokens (made
// once, when the line was entered).
using RalphOS.Basic.Lexing;

namespace RalphOS.Basic.Compiling;

public sealed class ProgramLine
{
    public readonly int Number;
    public readonly string Text;
    internal readonly Token[] Tokens;

    internal ProgramLine(int number, string text, Token[] tokens)
    {
        Number = number;
        Text = text;
        Tokens = tokens;
    }

    /// <summary>Tokenizes and normalises a line's text (the part after the number).</summary>
    public static ProgramLine Create(int number, string text)
    {
        Token[] tokens = Lexer.Tokenize(text);
        return new ProgramLine(number, Lexer.Normalize(text, tokens), tokens);
    }

    /// <summary>Estimated compiled-node bytes per token (statement and expression objects).</summary>
    private const int CompiledBytesPerToken = 48;
    private const int TokenBytes = 24;

    /// <summary>Bytes charged against the session memory limit: text, tokens and an
    /// estimate of the compiled form, so a huge program cannot exhaust the kernel heap.</summary>
    public long Bytes => 16 + (long)Text.Length * 2 + (long)Tokens.Length * (TokenBytes + CompiledBytesPerToken);
}
