// TestHttpServer: a small HTTP/1.1 server for the boot tests on a free port of 127.0.0.1,
// which the guest reaches as 10.0.2.2. Pages: /hello (Content-Length), /chunked (chunked,
// sent in pieces), /redirect (302 to /hello), /loop (redirects to itself), /missing (404),
// /stall (never answers, to test Ctrl-C). It records each request's head.
using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace RalphOS.Kernel.Tests;

internal sealed class TestHttpServer : IDisposable
{
    public const string HelloBody = "Hello from the host, over HTTP/1.1";

    private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
    private readonly Thread _thread;
    private readonly CancellationTokenSource _stop = new CancellationTokenSource();

    public TestHttpServer()
    {
        _listener.Start();
        _thread = new Thread(Serve) { IsBackground = true, Name = "test-http" };
        _thread.Start();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;
    public ConcurrentQueue<string> Requests { get; } = new ConcurrentQueue<string>();
    /// <summary>Set when a request for /stall has arrived.</summary>
    public ManualResetEventSlim StallRequested { get; } = new ManualResetEventSlim();

    private void Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = _listener.AcceptTcpClient(); }
            catch (SocketException) { return; }
            catch (ObjectDisposedException) { return; }
            new Thread(() => Handle(client)) { IsBackground = true }.Start();
        }
    }

    private void Handle(TcpClient client)
    {
        using (client)
        {
            try
            {
                client.ReceiveTimeout = 30_000;
                NetworkStream stream = client.GetStream();
                string head = ReadHead(stream);
                if (head == null) return;
                Requests.Enqueue(head);
                string path = head.Split(' ')[1];
                switch (path)
                {
                    case "/hello":
                        Write(stream, $"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {HelloBody.Length}\r\n\r\n{HelloBody}");
                        break;
                    case "/chunked":
                        Write(stream, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
                        foreach (string piece in new[] { "first piece, ", "second; ", "third." })
                        {
                            Write(stream, $"{piece.Length:x}\r\n{piece}\r\n");
                            Thread.Sleep(50);
                        }
                        Write(stream, "0\r\n\r\n");
                        break;
                    case "/redirect":
                        Write(stream, "HTTP/1.1 302 Found\r\nLocation: /hello\r\nContent-Length: 0\r\n\r\n");
                        break;
                    case "/loop":
                        Write(stream, "HTTP/1.1 301 Moved Permanently\r\nLocation: /loop\r\nContent-Length: 0\r\n\r\n");
                        break;
                    case "/stall":
                        StallRequested.Set();
                        _stop.Token.WaitHandle.WaitOne(TimeSpan.FromSeconds(60));
                        break;
                    default:
                        Write(stream, "HTTP/1.1 404 Not Found\r\nContent-Length: 12\r\n\r\nno such page");
                        break;
                }
            }
            catch (System.IO.IOException) { }
            catch (SocketException) { }
        }
    }

    private static string ReadHead(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n"))
        {
            if (stream.Read(buffer, 0, 1) != 1 || head.Length > 8192) return null;
            head.Append((char)buffer[0]);
        }
        return head.ToString();
    }

    private static void Write(NetworkStream stream, string text)
    {
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        stream.Write(bytes, 0, bytes.Length);
        stream.Flush();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _thread.Join(TimeSpan.FromSeconds(5));
    }
}
