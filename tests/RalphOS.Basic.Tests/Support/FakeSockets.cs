// Test sockets: a listening socket (0, then 1, 2, ... from each SOCKET()) that accepts one
// connection (9) carrying a scripted request; records sends, closes, connects, pings and
// CloseAll, and owns exactly the handles it handed out and has not closed.
using System.Collections.Generic;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Tests.Support;

public sealed class FakeSockets : IBasicSockets
{
    public readonly List<string> Log = new List<string>();
    public string Request = "GET / HTTP/1.0\r\n\r\n";
    private int _next;
    private bool _accepted;
    private readonly HashSet<int> _owned = new HashSet<int>();

    public int Socket() { _owned.Add(_next); return _next++; }
    public bool Owns(int socket) => _owned.Contains(socket);
    public int Listen(int socket, int port) { Log.Add("listen " + socket.ToString() + " " + port.ToString()); return 1; }
    /// <summary>Called when ACCEPT, RECV$ or PING finds nothing (where the kernel would wait).</summary>
    public System.Action OnNothingWaiting;

    public int Accept(int socket)
    {
        if (_accepted) { OnNothingWaiting?.Invoke(); return -1; }
        _accepted = true;
        _owned.Add(9);
        return 9;
    }
    public int Connect(int socket, string ip, int port)
    {
        Log.Add("connect " + ip + ":" + port.ToString());
        if (ip != "slow.test") return 1;
        OnNothingWaiting?.Invoke();   // a name lookup the kernel would wait for
        return 0;
    }
    public string Receive(int socket)
    {
        string r = Request;
        Request = "";
        if (r.Length == 0) OnNothingWaiting?.Invoke();
        return r;
    }
    public int Send(int socket, string text) { Log.Add("send " + socket.ToString() + " " + text); return text.Length; }
    public void Close(int socket) { _owned.Remove(socket); Log.Add("close " + socket.ToString()); }
    public void CloseAll()
    {
        if (_owned.Count == 0) return;
        Log.Add("close all");
        _owned.Clear();
    }
    public int State(int socket) => socket == 9 ? 4 : 1;
    public int Ping(string ip)
    {
        if (ip == "10.0.2.2" || ip == "gateway.test") { LastError = ""; return 3; }
        if (ip == "nowhere.test") { LastError = "nowhere.test: host not found (no such name)"; return -2; }
        OnNothingWaiting?.Invoke();
        return -1;
    }

    /// <summary>Names RESOLVE$ knows; url -> (status, body) for HTTPGET$.</summary>
    public readonly Dictionary<string, string> Hosts = new Dictionary<string, string> { ["web.test"] = "10.0.2.2" };
    public readonly Dictionary<string, (int Status, string Body)> Pages = new Dictionary<string, (int, string)>();

    public string Resolve(string name)
    {
        Log.Add("resolve " + name);
        if (Hosts.TryGetValue(name, out string address)) { LastError = ""; return address; }
        OnNothingWaiting?.Invoke();
        LastError = name + ": host not found (no such name)";
        return "";
    }

    public string HttpGet(string url)
    {
        Log.Add("get " + url);
        if (Pages.TryGetValue(url, out var page)) { HttpStatus = page.Status; LastError = ""; return page.Body; }
        OnNothingWaiting?.Invoke();
        HttpStatus = 0;
        LastError = "connection refused";
        return "";
    }

    public int HttpStatus { get; private set; }
    public string LastError { get; private set; } = "";
}
