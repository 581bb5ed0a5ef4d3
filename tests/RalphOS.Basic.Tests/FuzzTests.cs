// Deterministic fuzzing: random statements built from BASIC words, symbols and numbers are
// typed into a REPL and run as programs. Whatever happens must be a BASIC message, never
// a .NET exception (which would be a kernel panic) or a hang (the step limit stops those).
using System;
using System.Text;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class FuzzTests
{
    private static readonly string[] s_vocabulary =
    {
        "PRINT", "IF", "THEN", "ELSE", "GOTO", "GOSUB", "RETURN", "FOR", "TO", "STEP", "NEXT", "WHILE",
        "WEND", "DIM", "DEF", "FN", "FNA", "READ", "DATA", "RESTORE", "INPUT", "LINE", "ON", "ERROR",
        "RESUME", "MID$", "LEFT$", "INSTR", "STRING$", "SPACE$", "CHR$", "VAL", "STR$", "HEX$", "LEN",
        "SQR", "LOG", "EXP", "INT", "RND", "TAB", "SPC", "AND", "OR", "NOT", "MOD", "SWAP", "ERASE",
        "A", "B$", "A(", "B$(", "I", "X%", "10", "20", "0", "-1", "1E308", "65535", "3.5", "\"S\"",
        "(", ")", ",", ";", ":", "=", "<", ">", "<>", "+", "-", "*", "/", "\\", "^", "&H", "'", "?",
    };

    [Fact]
    public void RandomProgramsNeverThrow()
    {
        var rng = new Random(12345);
        for (int program = 0; program < 2000; program++)
        {
            var text = new StringBuilder();
            int lines = rng.Next(1, 8);
            for (int l = 0; l < lines; l++)
            {
                text.Append((l + 1) * 10).Append(' ');
                int words = rng.Next(1, 12);
                for (int w = 0; w < words; w++) text.Append(s_vocabulary[rng.Next(s_vocabulary.Length)]).Append(' ');
                text.Append('\n');
            }
            var s = new Session(memoryLimit: 1 << 20, stepLimit: 20_000);
            s.Console.AddInput("1");
            try
            {
                s.Run(text.ToString());
                s.Type("LIST", "RENUM", "CONT", "PRINT A; B$", "RUN 20");
            }
            catch (Exception e)
            {
                Assert.Fail("program threw " + e.GetType().Name + ":\n" + text + "\n" + e);
            }
        }
    }
}
