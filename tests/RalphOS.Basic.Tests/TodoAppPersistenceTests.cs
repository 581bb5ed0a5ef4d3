// bas/todo.bas keeps its list in TODO.DAT: a second run (a reboot) serves the items the first
// one added, with their ids; deletions are saved too; a hand-edited or damaged file is read
// safely; a store that refuses the write keeps the list in memory and says so. And the
// seed's style of TODO app (tests/fixtures/seed_todo.bas) runs unchanged: its STR$ links
// carry no space, so list, add and delete work (the seed-dialect rule, SeedDialect.cs).
using System.Collections.Generic;
using RalphOS.Basic.Host;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class TodoAppPersistenceTests
{
    private static List<string> ItemTexts(HttpResponse page)
    {
        var texts = new List<string>();
        foreach (var item in page.Items()) texts.Add($"{item.Value}:{item.Key}");
        return texts;
    }

    [Fact]
    public void ASecondRunServesTheSavedItems()
    {
        var first = new TodoServer();
        first.ServeInTurn("/add?item=buy+milk", "/add?item=a%2Bb+%3C3", "/add?item=gone", "/delete?id=3");
        TodoAssert.CleanRun(first);
        Assert.Null(first.Files.ReadData("TODO.DAT", out string saved));
        Assert.Equal("1 buy milk\r\n2 a+b <3\r\n", saved);

        var second = new TodoServer(files: first.Files);
        FakeHttpClient[] c = second.ServeInTurn("/", "/add?item=eggs", "/");
        Assert.Contains("TODO app: 2 items from TODO.DAT\n", second.Output);
        Assert.Equal(new[] { "1:buy milk", "2:a+b &lt;3" }, ItemTexts(TodoAssert.Answered(c[0], 200)));
        Assert.Equal(new[] { "1:buy milk", "2:a+b &lt;3", "3:eggs" }, ItemTexts(TodoAssert.Answered(c[2], 200)));
    }

    [Fact]
    public void AHandEditedFileIsReadSafely()
    {
        var files = new MemoryFileStore();
        Assert.Null(files.WriteData("TODO.DAT", "7 <b>bold</b>\r\nnot an item\r\n-3 negative\r\n 5 x\r\n9 tab\tand\u0001ctl\r\n12   \r\n\u001a"));
        var server = new TodoServer(files: files);
        FakeHttpClient[] c = server.ServeInTurn("/", "/add?item=next");
        Assert.Contains("TODO app: 2 items from TODO.DAT\n", server.Output);
        Assert.Equal(new[] { "7:&lt;b&gt;bold&lt;/b&gt;", "9:tab and ctl" }, ItemTexts(TodoAssert.Answered(c[0], 200)));
        Assert.Null(files.ReadData("TODO.DAT", out string saved));
        Assert.Equal("7 <b>bold</b>\r\n9 tab and ctl\r\n10 next\r\n", saved);
    }

    [Fact]
    public void WithoutASavedListTheAppStartsEmptyAndQuietly()
    {
        var server = new TodoServer();
        FakeHttpClient[] c = server.ServeInTurn("/");
        Assert.Contains("Nothing to do.", TodoAssert.Answered(c[0], 200).Body);
        Assert.DoesNotContain("TODO app: ", server.Output.Replace("TODO app listening", ""));
    }

    [Fact]
    public void TheSeedsTodoAppListsAddsAndDeletes()
    {
        var server = new TodoServer("tests/fixtures/seed_todo.bas");
        FakeHttpClient[] c = server.ServeInTurn("/add?item=walk+the+dog", "/add?item=feed+cat", "/add?item=sleep", "/", "/delete?id=2", "/", "/nope");
        Assert.Contains("SEED TODO ON 8080", server.Output);
        Assert.StartsWith("HTTP/1.0 302", c[0].Received.ToString());
        string page = c[3].Received.ToString();
        Assert.StartsWith("HTTP/1.0 200 OK", page);
        Assert.Contains("<li>walk the dog <a href=\"/delete?id=1\">delete</a></li>", page);
        Assert.Contains("<li>feed cat <a href=\"/delete?id=2\">delete</a></li>", page);
        Assert.Contains("<li>sleep <a href=\"/delete?id=3\">delete</a></li>", page);
        string after = c[5].Received.ToString();
        Assert.DoesNotContain("feed cat", after);
        Assert.Contains("<li>sleep <a href=\"/delete?id=2\">delete</a></li>", after);
        Assert.StartsWith("HTTP/1.0 404", c[6].Received.ToString());
    }

    [Fact]
    public void GwBasicProgramsKeepStrsLeadingSpace()
    {
        var s = new Session();
        Assert.Equal("[ 1]\n", s.Run("10 S = SOCKET() : PRINT \"[\" + STR$(1) + \"]\" : IF S THEN CLOSE S ELSE PRINT\n"));
        s = new Session();
        Assert.Equal("[1]\n", s.Run("10 S = SOCKET()\n20 PRINT \"[\" + STR$(1) + \"]\"\n30 CLOSE S\n"));
        s = new Session();
        Assert.Equal("[ 1]\n", s.Run("10 PRINT \"[\" + STR$(1) + \"]\"\n"));
    }
}
