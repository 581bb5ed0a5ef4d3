// The host runner's file store against a real temporary directory: SAVE writes NAME.bas
// there and LOAD reads it (and files the host's tools made), names match ignoring case,
// KILL and NAME with GW-BASIC's errors, built-in programs read-only, names that would
// leave the directory refused, directories below it, data files as named, and FILES.
using System.Collections.Generic;
using System.IO;
using RalphOS.Basic.Cli;
using Xunit;

namespace RalphOS.BasicRunner.Tests;

public class HostDirectoryFileStoreTests
{
    private static HostDirectoryFileStore Store(TemporaryDirectory dir) =>
        new HostDirectoryFileStore(dir.Path, new Dictionary<string, string> { ["FIB"] = "10 PRINT \"BUILT IN\"\n" });

    [Fact]
    public void SaveWritesNameDotBasAndLoadReadsItBack()
    {
        using var dir = new TemporaryDirectory();
        var store = Store(dir);
        Assert.True(store.TrySave("mine", "10 PRINT \"é\"\n", out string message));
        Assert.Null(message);
        Assert.Equal("10 PRINT \"é\"\n", File.ReadAllText(dir.File("mine.bas")));
        Assert.True(store.TryLoad("MINE", out string text));
        Assert.True(store.Save("LOUD", "20 END\n"));
        Assert.True(File.Exists(dir.File("LOUD.BAS")));
        Assert.Equal("10 PRINT \"é\"\n", text);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.saving"));
    }

    [Fact]
    public void NamesMatchIgnoringCaseSoSaveReplacesTheHostsFile()
    {
        using var dir = new TemporaryDirectory();
        File.WriteAllText(dir.File("Prog.BAS"), "10 PRINT 1\n");
        var store = Store(dir);
        Assert.True(store.TryLoad("prog", out string text));
        Assert.Equal("10 PRINT 1\n", text);
        Assert.True(store.Save("PROG", "20 PRINT 2\n"));
        Assert.Equal(new[] { dir.File("Prog.BAS") }, Directory.GetFiles(dir.Path));
        Assert.Equal("20 PRINT 2\n", File.ReadAllText(dir.File("Prog.BAS")));
    }

    [Fact]
    public void BuiltInProgramsLoadButCannotBeDeletedAndTheDirectoryComesFirst()
    {
        using var dir = new TemporaryDirectory();
        var store = Store(dir);
        Assert.True(store.TryLoad("fib", out string text));
        Assert.Equal("10 PRINT \"BUILT IN\"\n", text);
        Assert.Equal("Permission denied", store.Delete("fib"));
        Assert.Equal("Permission denied", store.Rename("fib", "other"));
        File.WriteAllText(dir.File("fib.bas"), "10 PRINT \"MINE\"\n");
        Assert.True(store.TryLoad("FIB", out text));
        Assert.Equal("10 PRINT \"MINE\"\n", text);
        Assert.Equal(new[] { "FIB" }, store.List());
    }

    [Fact]
    public void KillAndNameWorkOnTheHostFilesWithGwBasicErrors()
    {
        using var dir = new TemporaryDirectory();
        var store = Store(dir);
        store.Save("a", "10 END\n");
        store.Save("b", "20 END\n");
        Assert.Equal("File already exists", store.Rename("a", "B"));
        Assert.Null(store.Rename("a", "c"));
        Assert.False(File.Exists(dir.File("a.bas")));
        Assert.Equal("10 END\n", File.ReadAllText(dir.File("c.bas")));
        Assert.Null(store.Delete("C"));
        Assert.False(File.Exists(dir.File("c.bas")));
        Assert.Equal("File not found", store.Delete("c"));
        Assert.Equal("File not found", store.Rename("gone", "x"));
        Assert.Equal(new[] { "B", "FIB" }, store.List());
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("sub/file")]
    [InlineData("..\\escape")]
    [InlineData("..")]
    [InlineData("  ")]
    public void NamesThatWouldLeaveTheDirectoryAreBadFileNames(string name)
    {
        using var dir = new TemporaryDirectory();
        var store = Store(dir);
        Assert.False(store.TrySave(name, "10 END\n", out string message));
        Assert.Equal("Bad file name", message);
        Assert.Equal("Bad file name", store.Delete(name));
        Assert.Equal("Bad file name", store.WriteData(name, "x"));
        Assert.Equal("Bad file name", store.ReadData(name, out _));
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(dir.Path), "escape.bas")));
    }

    [Fact]
    public void DirectoriesWorkBelowTheRootAndNeverAboveIt()
    {
        using var dir = new TemporaryDirectory();
        var store = Store(dir);
        Assert.Null(store.MakeDirectory("games"));
        Assert.Equal("Path/file access error", store.MakeDirectory("GAMES"));
        Assert.Null(store.ChangeDirectory("Games"));
        Assert.True(store.Save("pong", "10 END\n"));
        Assert.True(File.Exists(Path.Combine(dir.Path, "games", "pong.bas")));
        Assert.Null(store.ChangeDirectory(".."));
        Assert.Null(store.ChangeDirectory(".."));
        Assert.Equal(Path.GetFullPath(dir.Path), store.CurrentDirectory);
        Assert.Equal("Path not found", store.ChangeDirectory("nowhere"));
        Assert.Equal("Path/file access error", store.RemoveDirectory("games"));
        Assert.Null(store.ChangeDirectory("/games"));
        Assert.Null(store.Delete("pong"));
        Assert.Null(store.ChangeDirectory("\\"));
        Assert.Null(store.RemoveDirectory("games"));
        Assert.False(Directory.Exists(Path.Combine(dir.Path, "games")));
    }

    [Fact]
    public void DataFilesKeepTheirNamesAndReplaceWhole()
    {
        using var dir = new TemporaryDirectory();
        var store = Store(dir);
        Assert.Equal("File not found", store.ReadData("todo.txt", out _));
        Assert.Null(store.WriteData("todo.txt", "milk\r\neggs\r\n"));
        Assert.Null(store.WriteData("TODO.TXT", "bread\r\n"));
        Assert.Equal(new[] { dir.File("todo.txt") }, Directory.GetFiles(dir.Path));
        Assert.Null(store.ReadData("Todo.Txt", out string text));
        Assert.Equal("bread\r\n", text);
        Assert.Equal(new[] { "FIB" }, store.List());
    }

    [Fact]
    public void FilesListsSizesDirectoriesBuiltInsAndFreeSpace()
    {
        using var dir = new TemporaryDirectory();
        var store = Store(dir);
        store.Save("hello", "10 PRINT \"HI\"\n");
        store.MakeDirectory("sub");
        string listing = store.Listing();
        Assert.Contains($"Directory {Path.GetFullPath(dir.Path)}\n", listing);
        Assert.Matches(@"hello\.bas\s+14  \d{4}-\d\d-\d\d \d\d:\d\d\n", listing);
        Assert.Matches(@"sub\s+<DIR>  ", listing);
        Assert.Contains("FIB.BAS", listing);
        Assert.Contains("built in, read-only", listing);
        Assert.Matches(@"\d+ bytes free\n$", listing);
    }
}
