// Test sockets: one listening socket (0) that accepts one connection (1) carrying a
// scripted request; records sends, closes, connects and pings.
using System.Collections.Generic;
using RalphOS.Basic.Host;

namespace RalphOS.Basic.Tests.Support;

public sealed class FakeSockets : IBasicSockets
{
    public readonly List<string> Log = new List<string>();
    public string Request = "GET / HTTP/1.0\r\n\r\n";
    private int _next;
    private bool _accepted;

    public int Socket() => _next++;
    public int Listen(int socket, int port) { Log.Add("listen " + socket.ToString() + " " + port.ToString()); return 1; }
    public int Accept(int socket)
    {
        if (_accepted) return -1;
        _accepted = true;
        return 9;
    }
    public int Connect(int socket, string ip, int port) { Log.Add("connect " + ip + ":" + port.ToString()); return 1; }
    public string Receive(int socket)
    {
        string r = Request;
        Request = "";
        return r;
    }
    public int Send(int socket, string text) { Log.Add("send " + socket.ToString() + " " + text); return text.Length; }
    public void Close(int socket) => Log.Add("close " + socket.ToString());
    public int State(int socket) => socket == 9 ? 4 : 1;
    public int Ping(string ip) => ip == "10.0.2.2" ? 3 : -1;
}
