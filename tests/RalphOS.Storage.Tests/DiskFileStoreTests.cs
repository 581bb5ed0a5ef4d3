// BASIC's disk file store: programs as NAME.BAS on the volume, the embedded programs
// visible and read-only beside them, FILES with sizes, dates and free space, GW-BASIC's
// error wording, and the in-memory fallback with its note when there is no disk; BASIC's
// data files (OPEN, PRINT #, INPUT #) on the volume, read back by mtype, and "Disk full"
// at CLOSE keeping the old file.
using System.Collections.Generic;
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Kernel.FileSystem.Fat;
using RalphOS.Kernel.Storage;
using RalphOS.Storage.Tests.Support;
using Xunit;

namespace RalphOS.Storage.Tests;

public class DiskFileStoreTests
{
    private static Dictionary<string, string> Embedded() => new Dictionary<string, string> { ["FIB"] = "10 PRINT \"FIB\"\n" };

    [Fact]
    public void SaveWritesNameDotBasAndLoadReadsItBack()
    {
        using var image = new TestImage(FatType.Fat16);
        FatVolume volume = image.Mount();
        IBasicFileStore store = new DiskFileStore(volume, Embedded());
        Assert.True(store.TrySave("PROG", "10 PRINT 1\n", out string message));
        Assert.Null(message);
        image.Save();
        Assert.Equal("10 PRINT 1\n", FatTools.Type(image.Path, "PROG.BAS"));
        Assert.True(store.TryLoad("prog", out string text));
        Assert.Equal("10 PRINT 1\n", text);
        Assert.Equal(new[] { "FIB", "PROG" }, store.List());
    }

    [Fact]
    public void EmbeddedProgramsAreReadOnlyAndADiskCopyComesFirst()
    {
        using var image = new TestImage(FatType.Fat16);
        IBasicFileStore store = new DiskFileStore(image.Mount(), Embedded());
        Assert.True(store.TryLoad("FIB", out string builtIn));
        Assert.Contains("FIB", builtIn);
        Assert.Equal("Permission denied", store.Delete("FIB"));
        Assert.Equal("Permission denied", store.Rename("FIB", "X"));
        Assert.True(store.TrySave("FIB", "10 PRINT \"MINE\"\n", out _));
        Assert.True(store.TryLoad("FIB", out string mine));
        Assert.Contains("MINE", mine);
        Assert.Null(store.Delete("FIB"));
        Assert.True(store.TryLoad("FIB", out builtIn));
        Assert.Contains("\"FIB\"", builtIn);
    }

    [Fact]
    public void ListingShowsSizesDatesBuiltInsAndFreeSpace()
    {
        using var image = new TestImage(FatType.Fat16);
        FatVolume volume = image.Mount();
        IBasicFileStore store = new DiskFileStore(volume, Embedded());
        store.TrySave("HELLO", "10 PRINT \"HELLO\"\n", out _);
        string listing = store.Listing();
        Assert.Contains("HELLO.BAS             17  2026-12-05 10:30\n", listing);
        Assert.Contains("FIB.BAS               15  built in, read-only\n", listing);
        Assert.EndsWith($"{volume.FreeBytes} bytes free on disk\n", listing);
    }

    [Fact]
    public void DiskFullAndRenameErrorsUseGwBasicWording()
    {
        using var image = new TestImage(FatType.Fat12);
        FatVolume volume = image.Mount();
        IBasicFileStore store = new DiskFileStore(volume, Embedded());
        Assert.True(store.TrySave("KEEP", "10 REM OLD\n", out _));
        Assert.False(store.TrySave("KEEP", new string('x', (int)volume.FreeBytes + 1000), out string message));
        Assert.Equal("Disk full", message);
        Assert.True(store.TryLoad("KEEP", out string old));
        Assert.Equal("10 REM OLD\n", old);
        store.TrySave("OTHER", "1\n", out _);
        Assert.Equal("File already exists", store.Rename("KEEP", "OTHER"));
        Assert.Equal("File not found", store.Delete("NOPE"));
    }

    [Fact]
    public void WithoutADiskSaveKeepsProgramsInMemoryAndSaysSo()
    {
        IBasicFileStore store = new DiskFileStore(null, Embedded());
        Assert.True(store.TrySave("TEMP", "10 END\n", out string message));
        Assert.Equal(DiskFileStore.NoDiskNote, message);
        Assert.True(store.TryLoad("TEMP", out _));
        Assert.StartsWith("No disk attached", store.Listing());
        Assert.Equal(new[] { "FIB", "TEMP" }, store.List());
    }

    [Fact]
    public void DataFilesAreNamedAsGivenAndMtypeReadsThem()
    {
        using var image = new TestImage(FatType.Fat16);
        IBasicFileStore store = new DiskFileStore(image.Mount(), Embedded());
        Assert.Equal("File not found", store.ReadData("NOTES.TXT", out _));
        Assert.Null(store.WriteData("Notes.txt", "one\r\ntwo\r\n"));
        Assert.Null(store.ReadData("NOTES.TXT", out string text));
        Assert.Equal("one\r\ntwo\r\n", text);
        Assert.Equal("Bad file name", store.WriteData("A*B", "x"));
        image.Save();
        image.AssertClean();
        Assert.Equal("one\r\ntwo\r\n", FatTools.Type(image.Path, "NOTES.TXT"));
    }

    [Fact]
    public void ABasicProgramWritesAndReadsDataFilesOnTheVolume()
    {
        using var image = new TestImage(FatType.Fat32);
        var console = new RecordingConsole();
        var repl = new BasicRepl(new BasicHost(console, console, new DiskFileStore(image.Mount(), Embedded()), null, null));
        repl.LoadText("10 OPEN \"SCORES.DAT\" FOR OUTPUT AS #1\n20 FOR I = 1 TO 3 : WRITE #1, \"P\" + CHR$(48 + I), I * 10 : NEXT\n" +
                      "30 CLOSE #1\n40 OPEN \"I\", #2, \"scores.dat\"\n50 WHILE NOT EOF(2) : INPUT #2, N$, S : PRINT N$; S; : WEND\n");
        repl.RunProgram();
        Assert.Equal("P1 10 P2 20 P3 30 ", console.Output.ToString());
        image.Save();
        image.AssertClean();
        Assert.Equal("\"P1\",10\r\n\"P2\",20\r\n\"P3\",30\r\n", FatTools.Type(image.Path, "SCORES.DAT"));
    }

    [Fact]
    public void ADataFileTooBigForTheDiskKeepsTheOldOneAtClose()
    {
        using var image = new TestImage(FatType.Fat12);
        FatVolume volume = image.Mount();
        var console = new RecordingConsole();
        var repl = new BasicRepl(new BasicHost(console, console, new DiskFileStore(volume, Embedded()), null, null));
        repl.LoadText("10 OPEN \"O\", #1, \"LOG.TXT\" : PRINT #1, \"OLD\" : CLOSE\n" +
                      $"20 OPEN \"O\", #1, \"LOG.TXT\" : FOR I = 1 TO {volume.FreeBytes / 1000 + 2} : PRINT #1, STRING$(998, \"N\") : NEXT\n" +
                      "30 CLOSE #1\n");
        repl.RunProgram();
        Assert.Equal("Disk full in 30\n", console.Output.ToString());
        image.Save();
        image.AssertClean();
        Assert.Equal("OLD\r\n", FatTools.Type(image.Path, "LOG.TXT"));
    }

    [Fact]
    public void WithoutADiskDataFilesStayInMemory()
    {
        IBasicFileStore store = new DiskFileStore(null, Embedded());
        Assert.Null(store.WriteData("TODO.DAT", "1\r\n"));
        Assert.Null(store.ReadData("todo.dat", out string text));
        Assert.Equal("1\r\n", text);
        Assert.Contains("TODO.DAT\n", store.Listing());
    }

    /// <summary>What a BASIC session printed.</summary>
    private sealed class RecordingConsole : IBasicConsole, IBasicClock
    {
        public readonly System.Text.StringBuilder Output = new System.Text.StringBuilder();
        public void Write(string text) => Output.Append(text);
        public bool ReadLine(out string line) { line = ""; return false; }
        public string ReadKey() => "";
        public bool PollBreak() => false;
        public long MillisecondsSinceBoot => 0;
        public void GetDateTime(out int year, out int month, out int day, out int hour, out int minute, out int second)
        {
            year = 2026; month = 12; day = 5; hour = 10; minute = 30; second = 0;
        }
    }

    [Fact]
    public void DirectoriesMakeChangeAndRemove()
    {
        using var image = new TestImage(FatType.Fat32);
        FatVolume volume = image.Mount();
        var store = new DiskFileStore(volume, Embedded());
        IBasicFileStore files = store;
        Assert.Null(files.MakeDirectory("GAMES"));
        Assert.Equal("File already exists", files.MakeDirectory("GAMES"));
        Assert.Null(files.ChangeDirectory("GAMES"));
        Assert.Equal("\\GAMES", store.CurrentDirectory);
        Assert.True(files.TrySave("PONG", "10 PRINT \"PONG\"\n", out _));
        Assert.Contains("Directory \\GAMES\n", files.Listing());
        Assert.Equal(new[] { "FIB", "PONG" }, files.List());
        Assert.Null(files.ChangeDirectory(".."));
        Assert.False(files.TryLoad("PONG", out _));
        Assert.Equal("Path/file access error", files.RemoveDirectory("GAMES"));
        Assert.Equal("Path not found", files.ChangeDirectory("NOWHERE"));
        image.Save();
        image.AssertClean();
        Assert.Equal("10 PRINT \"PONG\"\n", FatTools.Type(image.Path, "GAMES/PONG.BAS"));
        Assert.Null(files.ChangeDirectory("\\GAMES"));
        Assert.Null(files.Delete("PONG"));
        Assert.Null(files.ChangeDirectory("\\"));
        Assert.Null(files.RemoveDirectory("GAMES"));
        Assert.Equal("Path/file access error", new DiskFileStore(null, null).MakeDirectory("X"));
    }
}
