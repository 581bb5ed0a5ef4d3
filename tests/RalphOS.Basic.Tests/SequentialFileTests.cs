// GW-BASIC sequential files against the in-memory file store: OPEN in both forms, PRINT #,
// PRINT # USING, WRITE #, INPUT #, LINE INPUT #, EOF, LOF, LOC, CLOSE; GW-BASIC's errors
// (52, 53, 54, 55, 61, 62); files closed (and written) by END, RUN, NEW, CLEAR and LOAD;
// a refused CLOSE keeps the old file; socket handles and file numbers never meet.
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class SequentialFileTests
{
    private static string Data(Session s, string name)
    {
        Assert.Null(s.Files.ReadData(name, out string text));
        return text;
    }

    [Fact]
    public void PrintWriteAndInputRoundTrip()
    {
        var s = new Session();
        string output = s.Run(
            "10 OPEN \"DATA.TXT\" FOR OUTPUT AS #1\n" +
            "20 PRINT #1, \"HELLO\"; 42\n" +
            "30 WRITE #1, \"A, B\", -1.5, \"C\"\n" +
            "40 PRINT #1, USING \"##.##\"; 3.14159\n" +
            "50 CLOSE #1\n" +
            "60 OPEN \"data.txt\" FOR INPUT AS 2\n" +
            "70 LINE INPUT #2, L$ : PRINT \"[\"; L$; \"]\"\n" +
            "80 INPUT #2, A$, X, C$ : PRINT A$; \"|\"; X; \"|\"; C$\n" +
            "90 INPUT #2, Y : PRINT Y; EOF(2)\n" +
            "100 CLOSE\n");
        Assert.Equal("[HELLO 42 ]\nA, B|-1.5 |C\n 3.14 -1 \n", output);
        Assert.Equal("HELLO 42 \r\n\"A, B\",-1.5,\"C\"\r\n 3.14\r\n", Data(s, "DATA.TXT"));
    }

    [Fact]
    public void EofDrivesAReadLoopAndLofLocMeasure()
    {
        var s = new Session();
        Assert.Null(s.Files.WriteData("NUMS.DAT", "1,2\r\n3\r\n\r\n 4 \r\n"));
        string output = s.Run(
            "10 OPEN \"I\", #3, \"NUMS.DAT\"\n" +
            "20 PRINT LOF(3); LOC(3)\n" +
            "30 WHILE NOT EOF(3) : INPUT #3, N : T = T + N : C = C + 1 : WEND\n" +
            "40 PRINT C; T\n" +
            "50 INPUT #3, N\n");
        Assert.Equal(" 15  0 \n 4  10 \nInput past end in 50\n", output);
    }

    [Fact]
    public void AppendAddsToTheEndAndStartsAMissingFile()
    {
        var s = new Session();
        s.Run("10 OPEN \"LOG\" FOR APPEND AS #1 : PRINT #1, \"ONE\" : CLOSE 1\n" +
              "20 OPEN \"A\", #1, \"LOG\" : PRINT #1, \"TWO\" : PRINT LOF(1) : CLOSE\n");
        Assert.Equal("ONE\r\nTWO\r\n", Data(s, "LOG"));
        Assert.Contains(" 10 ", s.Console.Output);
    }

    [Fact]
    public void PrintToAFileKeepsItsOwnColumnForCommasAndTab()
    {
        var s = new Session();
        string output = s.Run("10 OPEN \"T\" FOR OUTPUT AS #1\n20 PRINT \"AB\";\n30 PRINT #1, \"X\", \"Y\"; TAB(20); \"Z\"\n40 PRINT POS(0)\n50 CLOSE\n");
        Assert.Equal("X             Y    Z\r\n", Data(s, "T"));
        Assert.Equal("AB 3 \n", output);
    }

    [Theory]
    [InlineData("OPEN \"NONE\" FOR INPUT AS #1", "File not found")]
    [InlineData("OPEN \"F\" FOR OUTPUT AS #16", "Bad file number")]
    [InlineData("OPEN \"F\" FOR OUTPUT AS #0", "Bad file number")]
    [InlineData("OPEN \"F\" AS #1", "Bad file mode")]
    [InlineData("OPEN \"R\", #1, \"F\"", "Bad file mode")]
    [InlineData("OPEN \"\" FOR OUTPUT AS #1", "Bad file name")]
    [InlineData("PRINT #4, 1", "Bad file number")]
    [InlineData("INPUT #4, A", "Bad file number")]
    [InlineData("PRINT EOF(4)", "Bad file number")]
    public void ErrorsAreGwBasics(string line, string message)
    {
        var s = new Session();
        Assert.Equal(message + "\n", s.Type(line));
    }

    [Fact]
    public void OpeningTwiceOrTheWrongWayIsRefused()
    {
        var s = new Session();
        Assert.Null(s.Files.WriteData("IN", "x\r\n"));
        s.Type("OPEN \"OUT\" FOR OUTPUT AS #1", "OPEN \"IN\" FOR INPUT AS #2");
        Assert.Equal("File already open\n", s.Type("OPEN \"OTHER\" FOR OUTPUT AS #1"));
        Assert.Equal("File already open\n", s.Type("OPEN \"out\" FOR INPUT AS #3"));
        Assert.Equal("File already open\n", s.Type("OPEN \"IN\" FOR APPEND AS #3"));
        Assert.Equal("", s.Type("OPEN \"IN\" FOR INPUT AS #3"));
        Assert.Equal("Bad file mode\n", s.Type("INPUT #1, A$"));
        Assert.Equal("Bad file mode\n", s.Type("PRINT #2, 1"));
        Assert.Equal("Bad file mode\n", s.Type("PRINT EOF(1)"));
        Assert.Equal("File already open\n", s.Type("KILL \"out\""));
        s.Type("CLOSE #1, #2, 3");
        Assert.Equal("", s.Type("OPEN \"OTHER\" FOR OUTPUT AS #1"));
        Assert.Equal("", Data(s, "OUT"));
    }

    [Fact]
    public void ErrorsAreTrappable()
    {
        var s = new Session();
        string output = s.Run("10 ON ERROR GOTO 100\n20 OPEN \"MISSING\" FOR INPUT AS #1\n30 END\n100 PRINT \"ERR\"; ERR; ERL : RESUME NEXT\n");
        Assert.Equal("ERR 53  20 \n", output);
    }

    [Theory]
    [InlineData("END")]
    [InlineData("STOP")]
    public void EndWritesTheFilesAndStopKeepsThemOpen(string last)
    {
        var s = new Session();
        s.Run($"10 OPEN \"O\", #1, \"KEPT\"\n20 PRINT #1, \"DATA\"\n30 {last}\n");
        Assert.Equal(last == "END" ? null : "File not found", s.Files.ReadData("KEPT", out _));
        if (last == "STOP") Assert.Equal("", s.Type("PRINT #1, \"MORE\"", "CLOSE"));
        Assert.Equal(last == "END" ? "DATA\r\n" : "DATA\r\nMORE\r\n", Data(s, "KEPT"));
    }

    [Theory]
    [InlineData("RUN")]
    [InlineData("NEW")]
    [InlineData("CLEAR")]
    [InlineData("LOAD \"prog\"")]
    [InlineData("20 REM an edit")]
    public void RunNewClearLoadAndEditsCloseTheFiles(string command)
    {
        var s = new Session();
        s.Files.Save("prog", "10 PRINT 1\n");
        s.Type("10 REM", "OPEN \"O\", #1, \"F\"", "PRINT #1, \"SAVED\"");
        Assert.Equal("File not found", s.Files.ReadData("F", out _));
        s.Type(command);
        Assert.Equal("SAVED\r\n", Data(s, "F"));
        Assert.Equal("Bad file number\n", s.Type("PRINT #1, 2"));
    }

    [Fact]
    public void ARefusedCloseKeepsTheOldFileAndClosesTheNumber()
    {
        var files = new RefusingFileStore();
        var s = new Session(files: files);
        Assert.Null(files.WriteData("T.DAT", "OLD\r\n"));
        files.Full = true;
        string output = s.Run("10 OPEN \"T.DAT\" FOR OUTPUT AS #1\n20 PRINT #1, \"NEW\"\n30 CLOSE #1\n");
        Assert.Equal("Disk full in 30\n", output);
        Assert.Equal("OLD\r\n", files.Text("T.DAT"));
        Assert.Equal("Bad file number\n", s.Type("PRINT #1, 1"));
        files.Full = false;
        Assert.Equal("", s.Type("OPEN \"O\", #1, \"T.DAT\"", "PRINT #1, \"NEW\"", "CLOSE #1"));
        Assert.Equal("NEW\r\n", files.Text("T.DAT"));
        Assert.Equal("ERR 61 \n", new Session(files: Refusing()).Run("10 ON ERROR GOTO 90\n20 OPEN \"O\", #1, \"X\" : PRINT #1, 1\n30 END\n90 PRINT \"ERR\"; ERR : END\n"));
    }

    [Fact]
    public void ResumeNextAfterARefusalAtTheProgramsEndEndsIt()
    {
        var s = new Session(files: Refusing());
        string output = s.Run("10 ON ERROR GOTO 100\n20 OPEN \"O\", #1, \"X\" : PRINT #1, 1\n30 GOTO 200\n100 PRINT \"ERR\"; ERR; ERL : RESUME NEXT\n200 REM the last line\n");
        Assert.Equal("ERR 61  200 \n", output);
    }

    [Fact]
    public void ARunThatDropsARefusedFileSaysSo()
    {
        var s = new Session(files: Refusing());
        s.Type("OPEN \"O\", #1, \"LOST.TXT\"", "PRINT #1, 1");
        Assert.Equal("Disk full (LOST.TXT not written)\n", s.Type("NEW"));
    }

    [Fact]
    public void FileTextCountsInTheSessionsMemory()
    {
        var s = new Session(memoryLimit: 64 * 1024);
        string output = s.Run("10 OPEN \"BIG\" FOR OUTPUT AS #1\n20 PRINT #1, STRING$(200, \"X\") : GOTO 20\n");
        Assert.Equal("Out of memory in 20\n", output);
        s.Type("CLOSE");
        Assert.Equal(0, s.Repl.Machine.MemoryUsed);
    }

    [Fact]
    public void SocketHandlesAreNeverFileNumbers()
    {
        var s = new Session();
        string output = s.Run("10 S = SOCKET() : C = ACCEPT(S)\n20 OPEN \"F\" FOR OUTPUT AS #1\n30 PRINT S; C\n40 CLOSE 1 : CLOSE C : CLOSE S\n50 SEND S, \"x\"\n");
        Assert.Equal(" 100  109 \nBad file number in 50\n", output);
        Assert.Equal(new[] { "close 9", "close 0" }, s.Sockets.Log.ToArray());
        Assert.Equal("", Data(s, "F"));
    }

    [Fact]
    public void OldNamesStayVariablesAndKeywordsTakeTheirHash()
    {
        var s = new Session();
        string output = s.Run("10 OUTPUT = 1 : APPEND = 2 : AS = 3 : EOF = 4\n20 PRINT OUTPUT + APPEND + AS + EOF\n" +
                              "30 OPEN \"H\" FOR OUTPUT AS#1 : PRINT#1,\"HASH\" : WRITE#1,1 : CLOSE#1\n");
        Assert.Equal(" 10 \n", output);
        Assert.Equal("HASH\r\n1\r\n", Data(s, "H"));
    }

    [Fact]
    public void TheEndOfASessionOrOfASpawnedProgramWritesItsFiles()
    {
        var s = new Session();
        s.Type("OPEN \"O\", #1, \"SESSION.TXT\"", "PRINT #1, \"BYE\"");
        s.Repl.EndSession();
        Assert.Equal("BYE\r\n", Data(s, "SESSION.TXT"));

        var host = new BasicHost(s.Console, s.Clock, s.Files, s.System, s.Sockets);
        ProgramRunner.Run(host, "P", "10 OPEN \"O\", #1, \"SPAWNED.TXT\" : PRINT #1, \"HALF\"\n20 X = 1 / 0\n", new string[0]);
        Assert.Equal("HALF\r\n", Data(s, "SPAWNED.TXT"));
    }

    [Fact]
    public void FilesListsDataFilesAndKillDeletesThem()
    {
        var s = new Session();
        s.Type("10 PRINT 1", "SAVE \"prog\"", "OPEN \"O\", #1, \"notes.txt\"", "CLOSE");
        Assert.Equal("PROG.BAS\nNOTES.TXT\n", s.Type("FILES"));
        Assert.Equal("", s.Type("KILL \"notes.txt\""));
        Assert.Equal("PROG.BAS\n", s.Type("FILES"));
    }

    [Fact]
    public void WriteWithoutAFileGoesToTheConsole()
    {
        var s = new Session();
        Assert.Equal("\"A\",1,-2.5\n\n", s.Type("WRITE \"A\", 1, -2.5", "WRITE"));
    }

    private static RefusingFileStore Refusing() => new RefusingFileStore { Full = true };

    /// <summary>A store whose data writes fail with "Disk full" while Full is set.</summary>
    private sealed class RefusingFileStore : IBasicFileStore
    {
        private readonly MemoryFileStore _inner = new MemoryFileStore();
        public bool Full;
        public bool TryLoad(string name, out string text) => _inner.TryLoad(name, out text);
        public bool Save(string name, string text) => _inner.Save(name, text);
        public string[] List() => _inner.List();
        public string ReadData(string name, out string text) => _inner.ReadData(name, out text);
        public string WriteData(string name, string text) => Full ? "Disk full" : _inner.WriteData(name, text);
        public string Text(string name) => _inner.ReadData(name, out string text) == null ? text : null;
    }
}
