// TodoAppTests: bas/todo.bas running inside Ralph OS (LOAD "todo", RUN at the console),
// driven by curl through QEMU's port forward: the page, adding items (with + and %XX
// decoding), an item with a script tag shown escaped, deleting, a 404, and (no data disk)
// the list kept in memory for the next RUN (curl's test on both cards, NE2000 and e1000); and by a person's steps in a real browser
// (Playwright with Debian's chromium, DebianChromium): type an item full of markup, add it,
// see it as text, delete it, reload, and it is gone.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class TodoAppTests
{
    private const int GuestPort = 8080;

    // Boots with a port forward to the app and starts it: LOAD "todo", RUN.
    private static KernelConsole StartTodoApp(string name, out string baseUrl, string card = null)
    {
        int port = LoopbackPorts.Free();
        var console = KernelConsole.Boot(name, null, 256,
            "-netdev", $"user,id=net0,hostfwd=tcp:127.0.0.1:{port}-:{GuestPort}",
            "-device", NetworkCard.Device(card));
        console.Machine.Send("basic\r");
        console.Machine.WaitFor("bytes free", KernelConsole.CommandTimeout);
        console.Run("LOAD \"todo\"", "\n> ");
        console.Machine.Send("RUN\r");
        console.Machine.WaitFor("TODO app listening on port 8080", KernelConsole.CommandTimeout);
        baseUrl = $"http://127.0.0.1:{port}";
        return console;
    }

    // Markup, an ampersand and quotes: each must come back as the characters typed.
    private const string MarkupItem = "<b>milk</b> & \"eggs\"";
    private const float PageTimeoutMs = 60_000;

    [Fact]
    public async Task APersonAddsAnItemWithMarkupSeesItAsTextDeletesItAndReloadsToFindItGone()
    {
        using var console = StartTodoApp(nameof(APersonAddsAnItemWithMarkupSeesItAsTextDeletesItAndReloadsToFindItGone), out string baseUrl);
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await DebianChromium.LaunchAsync(playwright);
        IPage page = await browser.NewPageAsync();
        page.SetDefaultTimeout(PageTimeoutMs);
        page.SetDefaultNavigationTimeout(PageTimeoutMs);
        var within = new LocatorAssertionsToHaveCountOptions { Timeout = PageTimeoutMs };

        await page.GotoAsync(baseUrl + "/");
        Assert.Equal("TODO", await page.TitleAsync());
        ILocator items = page.Locator("li");
        Assert.Equal(0, await items.CountAsync());

        await page.Locator("input[name=item]").PressSequentiallyAsync(MarkupItem);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();

        // Back on the list (the app answers the form with a redirect to /), the item is
        // there as the text typed: no bold element was made from it.
        ILocator item = items.Filter(new() { HasText = MarkupItem });
        await Assertions.Expect(item).ToHaveCountAsync(1, within);
        Assert.Equal(baseUrl + "/", page.Url);
        Assert.Contains(MarkupItem, await item.InnerTextAsync());
        Assert.Equal(0, await page.Locator("b").CountAsync());

        await item.GetByRole(AriaRole.Link, new() { Name = "delete" }).ClickAsync();
        await Assertions.Expect(items).ToHaveCountAsync(0, within);

        await page.ReloadAsync();
        Assert.Equal("TODO", await page.TitleAsync());
        Assert.Equal(0, await items.CountAsync());
        string body = await page.Locator("body").InnerTextAsync();
        Assert.Contains("Nothing to do.", body);
        Assert.DoesNotContain("milk", body);
    }

    [Theory]
    [InlineData(NetworkCard.Ne2000)]
    [InlineData(NetworkCard.E1000)]
    public void CurlDrivesTheTodoApp(string card)
    {
        using var console = StartTodoApp($"{nameof(CurlDrivesTheTodoApp)}-{card}", out string baseUrl, card);

        string page = Curl(baseUrl + "/");
        Assert.StartsWith("HTTP/1.1 200 OK", page);
        Assert.Contains("<form action=\"/add\"", page);
        int length = int.Parse(Regex.Match(page, @"Content-Length: (\d+)").Groups[1].Value);
        Assert.Equal(length, System.Text.Encoding.UTF8.GetByteCount(page.Substring(page.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)));

        Assert.StartsWith("HTTP/1.1 302", Curl(baseUrl + "/add?item=buy+milk%21"));
        Assert.StartsWith("HTTP/1.1 302", Curl(baseUrl + "/add?item=%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        page = Curl(baseUrl + "/");
        Assert.Contains("buy milk!", page);
        Assert.DoesNotContain("<script>", page);
        Assert.Contains("&lt;script&gt;", page);

        string firstId = Regex.Match(page, @"/delete\?id=(\d+)").Groups[1].Value;
        Assert.StartsWith("HTTP/1.1 302", Curl($"{baseUrl}/delete?id={firstId}"));
        page = Curl(baseUrl + "/");
        Assert.DoesNotContain("buy milk!", page);
        Assert.Contains("&lt;script&gt;", page);

        Assert.StartsWith("HTTP/1.1 404", Curl(baseUrl + "/nope"));

        // No data disk here: TODO.DAT lives in the session's memory, so a new RUN finds the list.
        Assert.DoesNotContain("not saved", console.Machine.SerialOutput);
        console.Machine.Send("\u0003");
        console.Machine.WaitFor("Break in", KernelConsole.CommandTimeout);
        console.Machine.Send("RUN\r");
        console.Machine.WaitFor("TODO app: 1 items from TODO.DAT", KernelConsole.CommandTimeout);
        Assert.Contains("&lt;script&gt;", Curl(baseUrl + "/"));
    }

    internal static string Curl(string url)
    {
        var curl = new ProcessStartInfo("curl") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in new[] { "-s", "-i", "--max-time", "30", url })
            curl.ArgumentList.Add(argument);
        using Process process = Process.Start(curl);
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "curl did not finish");
        return output;
    }
}
