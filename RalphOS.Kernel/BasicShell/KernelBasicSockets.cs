// KernelBasicSockets: BASIC's socket functions (SOCKET, LISTEN, ACCEPT, CONNECT, RECV$, SEND,
// CLOSE, SOCKSTATE, PING) and its name and web functions (RESOLVE$, HTTPGET$, HTTPSTATUS,
// NETERR$: HostResolver, HttpFetcher) over the kernel's TCP/IP stack; CONNECT and PING
// take host names too. The seed's calls are
// non-blocking; here ACCEPT and RECV$ wait a few milliseconds for activity when there is
// none, on the socket's readiness rather than by polling, so a BASIC server loop does not
// burn the CPU. SEND queues everything (waiting for buffer space) or reports how much it
// could. Each session (and each spawned program) has its own instance and owns the handles
// it opened or accepted: every call refuses any other handle (handles are global numbers
// in the stack's table, so without this one session could read, write or close
// another's connection; the interpreter reports "Bad file number" for them, Owns).
// CloseAll closes them at RUN, NEW, CLEAR, END and when the session ends. Waits return
// early on Ctrl-C (the break stays pending for the interpreter).
using System;
using System.Collections.Generic;
using RalphOS.Basic.Host;
using RalphOS.Kernel.Network;
using RalphOS.Kernel.Tasks;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.BasicShell;

internal sealed class KernelBasicSockets : IBasicSockets
{
    private const int ListenBacklog = 32;            // bursts of clients wait instead of being refused
    private const int ReceiveChunk = 1024;          // the seed's RECV$ limit
    private const ulong ActivityWaitMs = 20;
    private const ulong SendTimeoutMs = 30_000;
    private const ulong PingTimeoutMs = 1000;
    private const int WouldBlock = -1;
    private const int UnknownHost = -2;             // IBasicSockets.Ping: the name did not resolve

    private readonly HashSet<int> _owned = new HashSet<int>();
    private readonly byte[] _receiveBuffer = new byte[ReceiveChunk];
    private static ushort _pingSequence = 0x8000;

    private static NetStack Stack => NetworkService.Stack;

    public int Socket()
    {
        if (Stack == null)
            return -1;
        int handle = Stack.TcpOpen();
        if (handle < 0)
            return -1;
        _owned.Add(handle);
        return handle;
    }

    public bool Owns(int socket) => _owned.Contains(socket);

    public int Listen(int socket, int port)
    {
        if (Stack == null || !Owns(socket) || port < 1 || port > 65535)
            return 0;
        return Stack.TcpListen(socket, (ushort)port, ListenBacklog) >= 0 ? 1 : 0;
    }

    public int Accept(int socket)
    {
        if (Stack == null || !Owns(socket))
            return -1;
        int connection = Stack.TcpAccept(socket);
        if (connection < 0 && NetworkService.Sockets.WaitForTcp(Stack, socket, SocketEvents.Acceptable, ActivityWaitMs))
            connection = Stack.TcpAccept(socket);
        if (connection < 0)
            return -1;
        _owned.Add(connection);
        return connection;
    }

    public int Connect(int socket, string ip, int port)
    {
        if (Stack == null || !Owns(socket) || port < 1 || port > 65535)
            return 0;
        if (!Resolved(ip, out Ipv4Address address))
            return 0;
        return Stack.TcpConnect(socket, address, (ushort)port) >= 0 ? 1 : 0;
    }

    public string Receive(int socket)
    {
        if (Stack == null || !Owns(socket))
            return "";
        int count = Stack.TcpReceive(socket, _receiveBuffer);
        if (count == WouldBlock && NetworkService.Sockets.WaitForTcp(Stack, socket, SocketEvents.Readable | SocketEvents.Closed, ActivityWaitMs))
            count = Stack.TcpReceive(socket, _receiveBuffer);
        if (count <= 0)
            return "";
        char[] text = new char[count];
        for (int i = 0; i < count; i++)
            text[i] = (char)_receiveBuffer[i];
        return new string(text);
    }

    public int Send(int socket, string text)
    {
        if (Stack == null || text == null || !Owns(socket))
            return 0;
        byte[] bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
            bytes[i] = (byte)text[i];
        return NetworkService.Sockets.SendAll(Stack, socket, bytes, SendTimeoutMs, BreakPolicy.Stop);
    }

    public void Close(int socket)
    {
        if (Stack == null || !_owned.Remove(socket))
            return;
        Stack.TcpClose(socket);
    }

    public int State(int socket) => Stack == null || !Owns(socket) ? 0 : (int)Stack.TcpStateOf(socket);

    public int Ping(string host)
    {
        if (!Resolved(host, out Ipv4Address address))
            return Scheduler.Current.BreakRequested ? -1 : UnknownHost;
        return NetworkService.Ping(address, ++_pingSequence, PingTimeoutMs);
    }

    public string Resolve(string name) => Resolved(name, out Ipv4Address address) ? address.ToString() : "";

    public string HttpGet(string url)
    {
        HttpFetchResult result = HttpFetcher.Get(url);
        HttpStatus = result.Status;
        LastError = result.Error ?? "";
        return result.Body;
    }

    public int HttpStatus { get; private set; }

    public string LastError { get; private set; } = "";

    // A dotted quad or a host name (HostResolver); records why it failed in LastError.
    private bool Resolved(string host, out Ipv4Address address)
    {
        if (Stack == null)
        {
            address = default;
            LastError = "no network";
            return false;
        }
        bool found = HostResolver.TryResolve(host, out address, out string error);
        LastError = found ? "" : error;
        return found;
    }

    // Closes every socket this session opened or accepted (RUN, NEW, CLEAR, END, logout,
    // disconnect).
    public void CloseAll()
    {
        if (Stack == null)
            return;
        foreach (int handle in _owned)
            Stack.TcpClose(handle);
        _owned.Clear();
    }
}
