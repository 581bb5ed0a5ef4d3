// httpd: a small HTTP/1.1 server, a C# program for Ralph OS. `SPAWN "httpd"` (BASIC) or
// `run httpd [PORT]` (monitor) serves Site's pages on PORT (default 8081) until a break
// (Ctrl-C under `run`, `break ID`). One thread serves every client: the loop waits on the
// kernel's scheduler for any socket to be ready (Socket.Select over the listener and every
// Connection), accepts, and steps each ready connection, so a slow client never holds up
// the others; keep-alive and pipelined requests are served; idle connections are closed.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;

namespace Httpd;

internal static class Program
{
    private const int DefaultPort = 8081;
    // The kernel gives a program at most 64 sockets and Select 64 entries: the listener and
    // this many clients (a client beyond them waits in the listen backlog).
    private const int MaxConnections = 48;
    private const int ListenBacklog = 32;
    private const long IdleTimeoutMs = 15_000;
    private const int SelectTimeoutMicroseconds = 1_000_000;

    private static int Main(string[] args)
    {
        int port = DefaultPort;
        if (args.Length > 0 && (!int.TryParse(args[0], out port) || port < 1 || port > 65535))
        {
            Console.WriteLine("usage: httpd [PORT]   (serves HTTP on PORT, default 8081, until a break)");
            return 2;
        }
        var listener = new TcpListener(IPAddress.Any, port);
        try
        {
            listener.Start(ListenBacklog);
        }
        catch (SocketException error)
        {
            Console.WriteLine($"httpd: cannot listen on port {port}: {error.Message}");
            return 1;
        }
        Console.WriteLine($"httpd: listening on port {port}");
        Serve(listener.Server, new Site());
        return 0;
    }

    private static void Serve(Socket listener, Site site)
    {
        listener.Blocking = false;
        var connections = new List<Connection>();
        var readable = new List<Socket>();
        var writable = new List<Socket>();
        for (;;)
        {
            readable.Clear();
            writable.Clear();
            if (connections.Count < MaxConnections)
                readable.Add(listener);
            foreach (Connection connection in connections)
            {
                if (connection.HasOutput)
                    writable.Add(connection.Socket);
                else
                    readable.Add(connection.Socket);
            }
            Socket.Select(readable, writable, null, SelectTimeoutMicroseconds);
            long now = Environment.TickCount64;
            if (readable.Contains(listener))
                Accept(listener, connections, site, now);
            foreach (Connection connection in connections)
            {
                if (writable.Contains(connection.Socket))
                    connection.OnWritable(site, now);
                else if (readable.Contains(connection.Socket))
                    connection.OnReadable(site, now);
                else if (now - connection.LastActivity > IdleTimeoutMs)
                    connection.Close();
            }
            for (int i = connections.Count - 1; i >= 0; i--)
            {
                if (connections[i].IsClosed)
                    connections.RemoveAt(i);
            }
        }
    }

    private static void Accept(Socket listener, List<Connection> connections, Site site, long now)
    {
        try
        {
            connections.Add(new Connection(listener.Accept(), now));
            site.Connections++;
        }
        catch (SocketException)
        {
            // Gone before we took it, or no socket left: the backlog keeps the rest.
        }
    }
}
