// BasicFileTests: BASIC's sequential files on the data disk, end to end. A file put there
// by mcopy is read with INPUT # and LINE INPUT #; files written with OPEN ... PRINT # and
// WRITE # are read back on the host by mtype, and fsck.fat passes; a data file too big for
// the disk says "Disk full" at CLOSE and the old file stays; bas/todo.bas's items survive
// QEMU being killed and booted again on the same disk; the seed's style of TODO app
// (tests/fixtures/seed_todo.bas, copied in by mcopy) lists, adds and deletes over HTTP.
using System;
using System.IO;
using System.Text.RegularExpressions;
using RalphOS.TestHarness;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class BasicFileTests
{
    private const string BasicPrompt = BasicTests.BasicPrompt;
    private const int WebPort = 8080;

    private static KernelConsole BootBasic(string name, DataDisk disk, params string[] extra)
    {
        var arguments = new System.Collections.Generic.List<string>(disk.QemuArguments);
        arguments.AddRange(extra);
        var console = KernelConsole.Boot(name, null, 256, arguments.ToArray());
        console.Machine.Send("basic\r");
        console.Machine.WaitFor(KernelConsole.BasicReady, KernelConsole.CommandTimeout);
        return console;
    }

    private static string[] Network(out string baseUrl)
    {
        int port = LoopbackPorts.Free();
        baseUrl = $"http://127.0.0.1:{port}";
        return new[] { "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{port}-:{WebPort}", "-device", NetworkCard.Device() };
    }

    private static void Enter(KernelConsole console, params string[] lines)
    {
        foreach (string line in lines) console.Run(line, BasicPrompt);
    }

    [Fact]
    public void McopiedFilesAreReadAndWrittenFilesAreReadByMtype()
    {
        using var disk = new DataDisk();
        disk.CopyIn("HOSTDATA.TXT", "alpha, 42\r\n\"quoted, text\",-7\r\nthe last line\r\n");
        using (var console = BootBasic(nameof(McopiedFilesAreReadAndWrittenFilesAreReadByMtype), disk))
        {
            Enter(console,
                "10 OPEN \"HOSTDATA.TXT\" FOR INPUT AS #1",
                "20 INPUT #1, A$, N, Q$, M : LINE INPUT #1, L$",
                "30 PRINT \"READ:\"; A$; N; Q$; M; L$; EOF(1); LOF(1) : CLOSE #1",
                "40 OPEN \"O\", #2, \"Written.txt\"",
                "50 FOR I = 1 TO 3 : PRINT #2, \"LINE\"; I : NEXT I",
                "60 WRITE #2, \"A, B\", 2.5 : PRINT #2, USING \"##.#\"; 9.87",
                "70 CLOSE #2 : OPEN \"A\", #3, \"WRITTEN.TXT\" : PRINT #3, \"APPENDED\" : END");
            string output = console.Run("RUN", BasicPrompt);
            Assert.Contains("READ:alpha 42 quoted, text-7 the last line-1  45", output);
            Assert.DoesNotContain("error", output, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("WRITTEN.TXT", console.Run("FILES", BasicPrompt).ToUpperInvariant());
        }
        var (code, fsck) = disk.Check();
        Assert.True(code == 0, fsck);
        Assert.Equal("LINE 1 \r\nLINE 2 \r\nLINE 3 \r\n\"A, B\",2.5\r\n 9.9\r\nAPPENDED\r\n", disk.Type("WRITTEN.TXT"));
    }

    [Fact]
    public void ADataFileTooBigForTheDiskSaysDiskFullAndTheOldFileStays()
    {
        // A 1.44 MB FAT12 volume (512-byte clusters) filled from the host to two free clusters.
        using var disk = new DataDisk("-F 12", 1440);
        disk.CopyIn("FILLER.BIN", new byte[1457664 - 1024]);
        using (var console = BootBasic(nameof(ADataFileTooBigForTheDiskSaysDiskFullAndTheOldFileStays), disk))
        {
            Enter(console,
                "10 OPEN \"LOG.TXT\" FOR OUTPUT AS #1 : PRINT #1, \"OLD VERSION\" : CLOSE #1",
                "20 OPEN \"LOG.TXT\" FOR OUTPUT AS #1",
                "30 FOR I = 1 TO 40 : PRINT #1, STRING$(60, \"N\") : NEXT I",
                "40 CLOSE #1");
            Assert.Contains("Disk full in 40", console.Run("RUN", BasicPrompt));
            Assert.Contains("Bad file number", console.Run("PRINT #1, 1", BasicPrompt));
            console.Run("OPEN \"LOG.TXT\" FOR INPUT AS #1 : LINE INPUT #1, L$ : PRINT \"KEPT:\"; L$; LOF(1) : CLOSE", BasicPrompt);
            Assert.Contains("KEPT:OLD VERSION 13", console.Machine.SerialOutput);
        }
        Assert.Equal("OLD VERSION\r\n", disk.Type("LOG.TXT"));
        var (code, fsck) = disk.Check();
        Assert.True(code == 0, fsck);
    }

    [Fact]
    public void TodoItemsSurviveARebootOnTheSameDisk()
    {
        using var disk = new DataDisk();
        using (var console = BootBasic(nameof(TodoItemsSurviveARebootOnTheSameDisk) + "-1", disk, Network(out string baseUrl)))
        {
            StartApp(console, "todo", "TODO app listening on port 8080");
            Assert.StartsWith("HTTP/1.1 302", TodoAppTests.Curl(baseUrl + "/add?item=water+the+plants"));
            Assert.StartsWith("HTTP/1.1 302", TodoAppTests.Curl(baseUrl + "/add?item=call+%3Cmum%3E"));
            Assert.StartsWith("HTTP/1.1 302", TodoAppTests.Curl(baseUrl + "/add?item=forget+me"));
            string page = TodoAppTests.Curl(baseUrl + "/");
            string id = Regex.Match(page, @"forget me <a href=""/delete\?id=(\d+)""").Groups[1].Value;
            Assert.StartsWith("HTTP/1.1 302", TodoAppTests.Curl($"{baseUrl}/delete?id={id}"));
            // The power goes right after the last answer: the list is on the disk already.
        }
        Assert.Equal("1 water the plants\r\n2 call <mum>\r\n", disk.Type("TODO.DAT"));

        using (var console = BootBasic(nameof(TodoItemsSurviveARebootOnTheSameDisk) + "-2", disk, Network(out string baseUrl)))
        {
            StartApp(console, "todo", "TODO app listening on port 8080");
            console.Machine.WaitFor("TODO app: 2 items from TODO.DAT", KernelConsole.CommandTimeout);
            string page = TodoAppTests.Curl(baseUrl + "/");
            Assert.Contains("<li>water the plants <a href=\"/delete?id=1\">delete</a></li>", page);
            Assert.Contains("<li>call &lt;mum&gt; <a href=\"/delete?id=2\">delete</a></li>", page);
            Assert.DoesNotContain("forget me", page);
        }
    }

    [Fact]
    public void TheSeedsTodoAppListsAddsAndDeletes()
    {
        using var disk = new DataDisk();
        string source = File.ReadAllText(Path.Combine(RepoPaths.FixturesDirectory, "seed_todo.bas"));
        disk.CopyIn("SEEDTODO.BAS", source);
        using var console = BootBasic(nameof(TheSeedsTodoAppListsAddsAndDeletes), disk, Network(out string baseUrl));
        StartApp(console, "seedtodo", "SEED TODO ON 8080");
        Assert.StartsWith("HTTP/1.0 302", TodoAppTests.Curl(baseUrl + "/add?item=walk+the+dog"));
        Assert.StartsWith("HTTP/1.0 302", TodoAppTests.Curl(baseUrl + "/add?item=feed+the+cat"));
        string page = TodoAppTests.Curl(baseUrl + "/");
        Assert.StartsWith("HTTP/1.0 200 OK", page);
        Assert.Contains("<li>walk the dog <a href=\"/delete?id=1\">delete</a></li>", page);
        // The link as a browser follows it: exactly what the page says, no space in it.
        string link = Regex.Match(page, @"feed the cat <a href=""([^""]*)""").Groups[1].Value;
        Assert.Equal("/delete?id=2", link);
        Assert.StartsWith("HTTP/1.0 302", TodoAppTests.Curl(baseUrl + link));
        page = TodoAppTests.Curl(baseUrl + "/");
        Assert.Contains("walk the dog", page);
        Assert.DoesNotContain("feed the cat", page);
        Assert.StartsWith("HTTP/1.0 404", TodoAppTests.Curl(baseUrl + "/elsewhere"));
    }

    private static void StartApp(KernelConsole console, string name, string banner)
    {
        console.Run($"LOAD \"{name}\"", BasicPrompt);
        console.Machine.Send("RUN\r");
        console.Machine.WaitFor(banner, KernelConsole.CommandTimeout);
    }
}
