// bas/todo.bas keeps the list right: /add decodes + and %XX and answers 302, items are
// HTML-escaped on the page, /delete?id=N removes exactly that item, the list stops at 20
// with a message. Each test serves its requests in turn within one RUN.
using System.Collections.Generic;
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class TodoAppListTests
{
    private static FakeHttpClient[] Serve(params string[] targets)
    {
        var server = new TodoServer();
        FakeHttpClient[] clients = server.ServeInTurn(targets);
        TodoAssert.CleanRun(server);
        return clients;
    }

    private static List<string> ItemTexts(HttpResponse page)
    {
        var texts = new List<string>();
        foreach (var item in page.Items()) texts.Add(item.Key);
        return texts;
    }

    [Fact]
    public void AddRedirectsAndThePageShowsTheItem()
    {
        var c = Serve("/add?item=milk", "/");
        HttpResponse added = TodoAssert.Answered(c[0], 302);
        Assert.Equal("HTTP/1.1 302 Found", added.StatusLine);
        Assert.Equal("/", added.Header("Location"));
        HttpResponse page = TodoAssert.Answered(c[1], 200);
        Assert.Equal(new[] { "milk" }, ItemTexts(page));
        Assert.Contains("<li>milk <a href=\"/delete?id=1\">delete</a></li>", page.Body);
        Assert.Contains("1 of 20 items", page.Body);
    }

    [Theory]
    [InlineData("buy+milk%21", "buy milk!")]
    [InlineData("a%2Bb+%3d+c", "a+b = c")]
    [InlineData("100%25+sure", "100% sure")]
    [InlineData("bad%zz+and+%4", "bad%zz and %4")]
    [InlineData("tab%09and%0D%0Anewline", "tab and  newline")]
    [InlineData("++padded++", "padded")]
    public void ItemsAreFormDecoded(string raw, string shown)
    {
        var c = Serve("/add?item=" + raw, "/");
        Assert.Equal(new[] { shown }, ItemTexts(TodoAssert.Answered(c[1], 200)));
    }

    [Fact]
    public void OtherQueryParametersAreIgnored()
    {
        var c = Serve("/add?x=1&item=eggs&item=ham&y", "/");
        Assert.Equal(new[] { "eggs" }, ItemTexts(TodoAssert.Answered(c[1], 200)));
    }

    [Fact]
    public void ScriptInAnItemIsEscaped()
    {
        var c = Serve("/add?item=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/add?item=<script>alert(2)</script>", "/");
        string body = TodoAssert.Answered(c[2], 200).Body;
        Assert.DoesNotContain("<script", body);
        Assert.Contains("<li>&lt;script&gt;alert(1)&lt;/script&gt; <a", body);
        Assert.Contains("<li>&lt;script&gt;alert(2)&lt;/script&gt; <a", body);
    }

    [Fact]
    public void QuotesAndAmpersandsAreEscaped()
    {
        var c = Serve("/add?item=Tom+%26+Jerry%27s+%22show%22", "/");
        Assert.Equal(new[] { "Tom &amp; Jerry&#39;s &quot;show&quot;" }, ItemTexts(TodoAssert.Answered(c[1], 200)));
    }

    [Fact]
    public void Utf8BytesPassThroughAndContentLengthCountsBytes()
    {
        var c = Serve("/add?item=caf%C3%A9", "/");
        HttpResponse page = TodoAssert.Answered(c[1], 200); // checks Content-Length = body bytes
        Assert.Equal(new[] { "caf\u00c3\u00a9" }, ItemTexts(page));
    }

    [Fact]
    public void DeleteRemovesTheItemWithThatId()
    {
        var server = new TodoServer();
        var adds = new[] { FakeHttpClient.Get("/add?item=a"), FakeHttpClient.Get("/add?item=b"), FakeHttpClient.Get("/add?item=c") };
        var page = FakeHttpClient.Get("/");
        var delete = new FakeHttpClient("delete b");
        delete.Compose = () =>
        {
            int id = page.Response.Items().Find(i => i.Key == "b").Value;
            return "GET /delete?id=" + id.ToString() + " HTTP/1.1\r\nHost: x\r\n\r\n";
        };
        var after = FakeHttpClient.Get("/");
        server.Serve(TodoServer.InTurn(adds[0], adds[1], adds[2], page, delete, after));
        TodoAssert.CleanRun(server);
        Assert.Equal(new[] { "a", "b", "c" }, ItemTexts(TodoAssert.Answered(page, 200)));
        Assert.Equal("/", TodoAssert.Answered(delete, 302).Header("Location"));
        Assert.Equal(new[] { "a", "c" }, ItemTexts(TodoAssert.Answered(after, 200)));
    }

    [Fact]
    public void IdsStayWithTheirItemsSoAStaleDeleteChangesNothing()
    {
        var c = Serve("/add?item=a", "/add?item=b", "/add?item=c", "/delete?id=1", "/delete?id=1", "/delete?id=99", "/");
        TodoAssert.Answered(c[4], 302);
        TodoAssert.Answered(c[5], 302);
        var items = TodoAssert.Answered(c[6], 200).Items();
        Assert.Equal(new[] { new KeyValuePair<string, int>("b", 2), new KeyValuePair<string, int>("c", 3) }, items);
    }

    [Theory]
    [InlineData("/delete")]
    [InlineData("/delete?id=")]
    [InlineData("/delete?id=abc")]
    [InlineData("/delete?id=-1")]
    [InlineData("/delete?id=1.5")]
    [InlineData("/delete?id=1234567890")]
    [InlineData("/add")]
    public void BadParametersAre400(string target)
    {
        var c = Serve("/add?item=keep", target, "/");
        TodoAssert.Answered(c[1], 400);
        Assert.Equal(new[] { "keep" }, ItemTexts(TodoAssert.Answered(c[2], 200)));
    }

    [Theory]
    [InlineData("/add?item=")]
    [InlineData("/add?item=+++")]
    public void AnEmptyItemIsNotAdded(string target)
    {
        var c = Serve(target, "/");
        TodoAssert.Answered(c[0], 302);
        Assert.Contains("Nothing to do.", TodoAssert.Answered(c[1], 200).Body);
    }

    [Fact]
    public void ALongItemIsCutTo200Characters()
    {
        var c = Serve("/add?item=" + new string('x', 300), "/");
        Assert.Equal(new[] { new string('x', 200) }, ItemTexts(TodoAssert.Answered(c[1], 200)));
    }

    [Fact]
    public void The21stItemIsRefusedWithAMessage()
    {
        var targets = new List<string>();
        for (int i = 1; i <= 21; i++) targets.Add("/add?item=item" + i.ToString());
        targets.Add("/");
        targets.Add("/delete?id=5");
        targets.Add("/add?item=again");
        targets.Add("/");
        var c = Serve(targets.ToArray());
        for (int i = 0; i < 20; i++) TodoAssert.Answered(c[i], 302);
        HttpResponse refused = TodoAssert.Answered(c[20], 409);
        Assert.Contains("The list is full (20 items). Delete an item to add another.", refused.Body);
        HttpResponse full = TodoAssert.Answered(c[21], 200);
        Assert.Equal(20, full.Items().Count);
        Assert.DoesNotContain("item21", full.Body);
        Assert.Contains("The list is full (20 items).", full.Body);
        Assert.Contains("20 of 20 items", full.Body);
        TodoAssert.Answered(c[23], 302);
        HttpResponse after = TodoAssert.Answered(c[24], 200);
        Assert.Equal(20, after.Items().Count);
        Assert.DoesNotContain("item5 ", after.Body);
        Assert.Equal("again", after.Items()[19].Key);
    }
}
