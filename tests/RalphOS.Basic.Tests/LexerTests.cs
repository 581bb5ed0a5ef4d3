// Lexer: keywords, soft keywords, numbers, strings, raw REM/DATA text, LIST normalisation.
using RalphOS.Basic.Lexing;
using Xunit;

namespace RalphOS.Basic.Tests;

public class LexerTests
{
    [Fact]
    public void SplitsALineIntoTokens()
    {
        Token[] t = Lexer.Tokenize("print a$;1.5e3 <= \"hi\"");
        Assert.Equal(Keyword.Print, t[0].Kw);
        Assert.Equal("A$", t[1].Text);
        Assert.True(t[2].IsSymbol(";"));
        Assert.Equal(1500.0, t[3].Num);
        Assert.True(t[4].IsSymbol("<="));
        Assert.Equal(TokenKind.String, t[5].Kind);
        Assert.Equal("hi", t[5].Text);
        Assert.Equal(TokenKind.Eol, t[6].Kind);
    }

    [Fact]
    public void RemAndDataKeepTheirTextRaw()
    {
        Token[] t = Lexer.Tokenize("DATA 1, \"a:b\", x : REM it's : here");
        Assert.Equal(Keyword.Data, t[0].Kw);
        Assert.Equal(" 1, \"a:b\", x ", t[1].Text);
        Assert.True(t[2].IsSymbol(":"));
        Assert.Equal(Keyword.Rem, t[3].Kw);
        Assert.Equal(" it's : here", t[4].Text);
    }

    [Fact]
    public void SoftKeywordsAreMarked()
    {
        Assert.True(KeywordTable.IsSoft(KeywordTable.Lookup("POS")));
        Assert.True(KeywordTable.IsSoft(KeywordTable.Lookup("TIMER")));
        Assert.False(KeywordTable.IsSoft(KeywordTable.Lookup("PRINT")));
        Assert.False(KeywordTable.IsSoft(KeywordTable.Lookup("SOCKSTATE")));
        Assert.Equal(Keyword.None, KeywordTable.Lookup("WAIT"));
    }

    [Fact]
    public void NumbersKnowWhetherTheyCanBeLineNumbers()
    {
        Token[] t = Lexer.Tokenize("GOTO 100 : X = 1.0 : Y = &H1F : Z = 5%");
        Assert.True(t[1].IsPlainInteger);
        Assert.False(t[5].IsPlainInteger);
        Assert.Equal(31.0, t[9].Num);
        Assert.False(t[13].IsPlainInteger);
    }

    [Fact]
    public void NormalizeUppercasesWordsOnly()
    {
        string text = "  print \"Mixed Case\" : rem keep This";
        Assert.Equal("PRINT \"Mixed Case\" : REM keep This", Lexer.Normalize(text, Lexer.Tokenize(text)));
    }
}
