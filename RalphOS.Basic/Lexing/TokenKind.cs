// The kinds of token the lexer produces.
namespace RalphOS.Basic.Lexing;

public enum TokenKind
{
    /// <summary>End of the line (always the last token).</summary>
    Eol,
    /// <summary>A numeric literal; Num holds the value, Text the spelling.</summary>
    Number,
    /// <summary>A string literal; Text holds it without the quotes.</summary>
    String,
    /// <summary>A word: an identifier (Kw = None) or a keyword; Text is upper case.</summary>
    Word,
    /// <summary>Punctuation or an operator; Text is "+", "<=", ":" and so on.</summary>
    Symbol,
    /// <summary>Raw text after REM/' (Kw = Rem) or after DATA up to ':' (Kw = Data).</summary>
    Raw,
}
