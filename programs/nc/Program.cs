// nc: netcat for Ralph OS, a C# program. `nc HOST PORT [TEXT...]` connects (HOST is a name
// or a dotted quad); `nc -l PORT [TEXT...]` waits for one connection on PORT. TEXT, if
// given, is sent first as one line; then lines typed at the program's console are sent
// (when it has one: a program without input sends nothing more) while whatever arrives is
// shown on the console, until the peer closes (exit code 0), the connection fails (1) or
// a break (Ctrl-C, `break ID`: 130). A program has one thread and a console read waits for
// a whole line, so what arrives while a line is being typed shows once it is entered.
// Under the monitor's `run` the program has the terminal; SPAWNed, it has no input.
using System;
using System.Net;
using System.Net.Sockets;
using RalphOS.Programs;
using RalphOS.Programs.Net;

namespace Nc;

internal static class Program
{
    private const int PollMicroseconds = 100_000;
    private const string Usage = "usage: nc HOST PORT [TEXT...]   connect, send TEXT and typed lines, show what arrives\n"
        + "       nc -l PORT [TEXT...]     wait for one connection on PORT, then the same";

    private static int Main(string[] args)
    {
        // Both forms have the port second and the text after it.
        const int PortIndex = 1, TextIndex = 2;
        bool listen = args.Length > 0 && args[0] == "-l";
        if (args.Length <= PortIndex || !int.TryParse(args[PortIndex], out int port) || port < 1 || port > 65535)
        {
            Console.WriteLine(Usage);
            return 2;
        }
        string text = args.Length > TextIndex ? string.Join(" ", args, TextIndex, args.Length - TextIndex) : null;
        Socket socket;
        try
        {
            socket = listen ? AcceptOne(port) : Connect(args[0], port);
        }
        catch (SocketException error)
        {
            Console.WriteLine(listen ? $"nc: port {port}: {error.Message}" : $"nc: {args[0]}:{port}: {error.Message}");
            return 1;
        }
        try
        {
            if (text != null)
                socket.Send(Utf8Text.Encode(text + "\n"));
            Copy(socket);
        }
        catch (SocketException error)
        {
            Console.WriteLine($"nc: {error.Message}");
            return 1;
        }
        finally
        {
            socket.Dispose();
        }
        return 0;
    }

    private static Socket Connect(string host, int port)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(host, port);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        return socket;
    }

    private static Socket AcceptOne(int port)
    {
        var listener = new TcpListener(IPAddress.Any, port);
        listener.Start(1);
        try
        {
            Console.WriteLine($"nc: listening on port {port}");
            Socket socket = listener.AcceptSocket();
            Console.WriteLine($"nc: connection from {socket.RemoteEndPoint}");
            return socket;
        }
        finally
        {
            listener.Stop();
        }
    }

    // Shows what arrives and sends typed lines until the peer closes. A program has one
    // thread, so it waits on the socket a tenth of a second at a time and starts reading a
    // line only once a key has been typed (while that line is typed, arrivals wait).
    private static void Copy(Socket socket)
    {
        var buffer = new byte[1024];
        bool inputOpen = !Console.IsInputRedirected;
        for (;;)
        {
            if (socket.Poll(inputOpen ? PollMicroseconds : -1, SelectMode.SelectRead))
            {
                int count = socket.Receive(buffer);
                if (count == 0)
                    return;
                Console.Write(Utf8Text.Decode(buffer, 0, count));
                continue;
            }
            if (!inputOpen || !Console.KeyAvailable)
                continue;
            string line = Console.ReadLine();
            if (line == null)
                inputOpen = false;
            else
                socket.Send(Utf8Text.Encode(line + "\n"));
        }
    }
}
