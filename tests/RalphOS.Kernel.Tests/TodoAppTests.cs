// TodoAppTests: bas/todo.bas running inside Ralph OS (LOAD "todo", RUN at the console),
// driven by curl through QEMU's port forward: the page, adding items (with + and %XX
// decoding), an item with a script tag shown escaped, deleting, a 404, and (no data disk)
// the list kept in memory for the next RUN (curl's test on both cards, NE2000 and e1000); and a headless
// Chromium that submits the page's form and sees the item.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
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

    [Fact]
    public void AHeadlessBrowserSubmitsTheFormAndSeesTheItem()
    {
        using var console = StartTodoApp(nameof(AHeadlessBrowserSubmitsTheFormAndSeesTheItem), out string baseUrl);
        using var browser = new HeadlessChromium();
        browser.Navigate(baseUrl + "/");
        Assert.Equal("TODO", browser.Evaluate("document.title"));
        Assert.Equal("1", browser.Evaluate("document.querySelectorAll('form input[name=item]').length.toString()"));
        browser.Evaluate("document.querySelector('input[name=item]').value = 'water the plants & <b>ferns</b>'; document.querySelector('form').submit(); 'sent'");
        Assert.True(browser.WaitUntil("location.pathname === '/' && document.body.innerText.includes('water the plants & <b>ferns</b>')"),
            "the item did not appear: " + browser.Evaluate("document.body.innerText"));
        // Shown as text in a list item, not as markup: no <b> element exists on the page.
        Assert.Equal("True", browser.Evaluate("[...document.querySelectorAll('li')].some(li => li.textContent.includes('water the plants & <b>ferns</b>'))"));
        Assert.Equal("0", browser.Evaluate("document.querySelectorAll('b').length.toString()"));
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
