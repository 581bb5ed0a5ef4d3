// One lexical token of a BASIC line, with its position in the line text (used by RENUM to
// rewrite line numbers in place and by LIST to normalise keyword case).
namespace RalphOS.Basic.Lexing;

public struct Token
{
    public TokenKind Kind;
    public Keyword Kw;
    public string Text;
    public double Num;
    /// <summary>True for a number written with only digits (a possible line number).</summary>
    public bool IsPlainInteger;
    public int Pos;
    public int End;

    public bool IsSymbol(string s) => Kind == TokenKind.Symbol && Text == s;
    public bool IsKeyword(Keyword k) => Kind == TokenKind.Word && Kw == k;
}
