// KILL and NAME ... AS at the REPL, against the in-memory file store (the kernel's disk
// store has its own tests in RalphOS.Storage.Tests), and SAVE's note from a store.
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class FileCommandTests
{
    [Fact]
    public void KillDeletesAndReportsMissingFiles()
    {
        var s = new Session();
        s.Type("10 PRINT 1", "SAVE \"a\"", "SAVE \"b\"");
        Assert.Equal("", s.Type("KILL \"a\""));
        Assert.Equal("B.BAS\n", s.Type("FILES"));
        Assert.Equal("File not found\n", s.Type("KILL \"a\""));
        Assert.Equal("Bad file name\n", s.Type("KILL"));
    }

    [Fact]
    public void NameRenamesAndRefusesAnExistingTarget()
    {
        var s = new Session();
        s.Type("10 PRINT \"MOVED\"", "SAVE \"old\"", "SAVE \"other\"", "NEW");
        Assert.Equal("File already exists\n", s.Type("NAME \"old\" AS \"other\""));
        Assert.Equal("", s.Type("NAME \"old\" as \"new\""));
        Assert.Equal("NEW.BAS\nOTHER.BAS\n", s.Type("FILES"));
        Assert.Equal("MOVED\n", s.Type("LOAD \"new\"", "RUN"));
        Assert.Equal("Syntax error\n", s.Type("NAME \"new\" \"x\""));
        Assert.Equal("File not found\n", s.Type("NAME \"gone\" AS \"x\""));
    }

    [Fact]
    public void DirectoryCommandsReachTheStoreAndReportItsAnswer()
    {
        var s = new Session();
        Assert.Equal("Path/file access error\n", s.Type("MKDIR \"games\""));
        Assert.Equal("Path/file access error\n", s.Type("CHDIR \"..\""));
        Assert.Equal("Bad file name\n", s.Type("RMDIR"));
    }
}
