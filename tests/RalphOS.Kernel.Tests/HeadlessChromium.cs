// HeadlessChromium: Debian's chromium, headless, driven through the DevTools protocol over
// a WebSocket (no browser-automation packages needed): open a page, run JavaScript in it
// and read the result. Started with a throw-away profile and the flags that keep it from
// reaching out to the internet; Dispose kills the browser and deletes the profile.
using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace RalphOS.Kernel.Tests;

internal sealed class HeadlessChromium : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _browser;
    private readonly string _profile;
    private readonly ClientWebSocket _page = new ClientWebSocket();
    private int _nextId;

    public HeadlessChromium()
    {
        _profile = Path.Combine(Path.GetTempPath(), $"ralph-chromium-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_profile);
        var start = new ProcessStartInfo("chromium") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string flag in new[] { "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--remote-debugging-port=0", $"--user-data-dir={_profile}", "about:blank" })
            start.ArgumentList.Add(flag);
        _browser = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start (run ./run.sh setup)");
        _browser.OutputDataReceived += (_, _) => { };
        _browser.ErrorDataReceived += (_, _) => { };
        _browser.BeginOutputReadLine();
        _browser.BeginErrorReadLine();
        int port = WaitForDebuggingPort();
        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Put, $"http://127.0.0.1:{port}/json/new?about:blank");
        string target = http.Send(request).Content.ReadAsStringAsync().Result;
        string socketUrl = JsonDocument.Parse(target).RootElement.GetProperty("webSocketDebuggerUrl").GetString();
        _page.ConnectAsync(new Uri(socketUrl), CancellationToken.None).Wait(CallTimeout);
    }

    public void Navigate(string url)
    {
        Call("Page.navigate", $"{{\"url\":{JsonSerializer.Serialize(url)}}}");
        WaitUntil("document.readyState === 'complete' && location.href.startsWith(" + JsonSerializer.Serialize(url) + ")");
    }

    // Evaluates a JavaScript expression in the page; returns its value as text.
    public string Evaluate(string expression)
    {
        JsonElement result = Call("Runtime.evaluate", $"{{\"expression\":{JsonSerializer.Serialize(expression)},\"returnByValue\":true}}");
        JsonElement value = result.GetProperty("result");
        return value.TryGetProperty("value", out JsonElement v) ? v.ToString() : "";
    }

    // Polls a JavaScript condition until it is true; false when the time runs out.
    public bool WaitUntil(string condition, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (timeout ?? CallTimeout))
        {
            if (Evaluate($"!!({condition})") == "True")
                return true;
            Thread.Sleep(100);
        }
        return false;
    }

    public void Dispose()
    {
        _page.Dispose();
        try
        {
            _browser.Kill(entireProcessTree: true);
            _browser.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        _browser.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private int WaitForDebuggingPort()
    {
        string file = Path.Combine(_profile, "DevToolsActivePort");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (File.Exists(file))
            {
                string[] lines = File.ReadAllLines(file);
                if (lines.Length > 0 && int.TryParse(lines[0], out int port))
                    return port;
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException("chromium did not open its debugging port");
    }

    // Sends one DevTools command and returns its result (events in between are skipped).
    private JsonElement Call(string method, string parameters)
    {
        int id = ++_nextId;
        byte[] message = Encoding.UTF8.GetBytes($"{{\"id\":{id},\"method\":\"{method}\",\"params\":{parameters}}}");
        using var cancel = new CancellationTokenSource(CallTimeout);
        _page.SendAsync(message, WebSocketMessageType.Text, true, cancel.Token).Wait();
        var buffer = new byte[1 << 16];
        for (;;)
        {
            var reply = new MemoryStream();
            WebSocketReceiveResult part;
            do
            {
                part = _page.ReceiveAsync(buffer, cancel.Token).Result;
                reply.Write(buffer, 0, part.Count);
            } while (!part.EndOfMessage);
            JsonElement root = JsonDocument.Parse(reply.ToArray()).RootElement;
            if (root.TryGetProperty("id", out JsonElement replyId) && replyId.GetInt32() == id)
            {
                if (root.TryGetProperty("error", out JsonElement error))
                    throw new InvalidOperationException($"{method} failed: {error}");
                return root.GetProperty("result");
            }
        }
    }
}
