// TestDnsServer: a tiny DNS server for the boot tests, on a free UDP port of 127.0.0.1. The
// guest reaches it as 10.0.2.2 (QEMU's user network maps the gateway to the host's
// loopback) when its command line says dns=10.0.2.2:PORT. Written from RFC 1035 4.1: it
// answers A questions from a table (A records, a CNAME chain, several addresses), sets TC
// for one name, stays silent for another (to test Ctrl-C), and answers NXDOMAIN otherwise.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace RalphOS.Kernel.Tests;

internal sealed class TestDnsServer : IDisposable
{
    public const string SilentName = "silent.test";
    public const string TruncatedName = "big.test";

    private readonly UdpClient _socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly Thread _thread;
    private readonly Dictionary<string, string[]> _addresses = new Dictionary<string, string[]>();
    private readonly Dictionary<string, string> _aliases = new Dictionary<string, string>();
    private volatile bool _stopping;

    public TestDnsServer()
    {
        _thread = new Thread(Serve) { IsBackground = true, Name = "test-dns" };
        _thread.Start();
    }

    public int Port => ((IPEndPoint)_socket.Client.LocalEndPoint).Port;
    /// <summary>Every question asked, in order (lower case).</summary>
    public ConcurrentQueue<string> Questions { get; } = new ConcurrentQueue<string>();

    public void AddA(string name, params string[] addresses) => _addresses[name] = addresses;
    public void AddCname(string name, string target) => _aliases[name] = target;

    public int CountQuestions(string name)
    {
        int count = 0;
        foreach (string question in Questions)
            if (question == name) count++;
        return count;
    }

    private void Serve()
    {
        while (!_stopping)
        {
            IPEndPoint from = null;
            byte[] query;
            try { query = _socket.Receive(ref from); }
            catch (SocketException) { return; }
            catch (ObjectDisposedException) { return; }
            byte[] reply = Answer(query);
            if (reply != null)
                _socket.Send(reply, reply.Length, from);
        }
    }

    private byte[] Answer(byte[] query)
    {
        if (query.Length < 17)
            return null;
        int offset = 12;
        var labels = new List<string>();
        while (offset < query.Length && query[offset] != 0)
        {
            int length = query[offset];
            if (offset + 1 + length > query.Length) return null;
            labels.Add(Encoding.ASCII.GetString(query, offset + 1, length).ToLowerInvariant());
            offset += 1 + length;
        }
        int questionEnd = offset + 5;  // zero byte, QTYPE, QCLASS
        if (questionEnd > query.Length) return null;
        string name = string.Join(".", labels);
        Questions.Enqueue(name);
        if (name == SilentName)
            return null;

        var reply = new List<byte> { query[0], query[1], 0, 0, 0, 1, 0, 0, 0, 0, 0, 0 };
        for (int i = 12; i < questionEnd; i++)
            reply.Add(query[i]);
        int flags = 0x8180;                                     // QR, RD, RA
        int answers = 0;
        string current = name;
        byte[] currentName = { 0xC0, 12 };                      // a pointer to the question's name
        while (_aliases.TryGetValue(current, out string target))
        {
            byte[] targetName = Labels(target);
            Record(reply, currentName, 5, targetName);
            answers++;
            current = target;
            currentName = targetName;
        }
        if (_addresses.TryGetValue(current, out string[] addresses))
        {
            foreach (string address in addresses)
            {
                Record(reply, currentName, 1, IPAddress.Parse(address).GetAddressBytes());
                answers++;
            }
        }
        else if (answers == 0)
            flags |= 3;                                         // RCODE 3: NXDOMAIN
        if (name == TruncatedName)
            flags |= 0x0200;                                    // TC
        reply[2] = (byte)(flags >> 8);
        reply[3] = (byte)flags;
        reply[7] = (byte)answers;
        return reply.ToArray();
    }

    private static void Record(List<byte> reply, byte[] owner, int type, byte[] data)
    {
        reply.AddRange(owner);
        reply.AddRange(new byte[] { 0, (byte)type, 0, 1, 0, 0, 0, 60, (byte)(data.Length >> 8), (byte)data.Length });
        reply.AddRange(data);
    }

    private static byte[] Labels(string name)
    {
        var bytes = new List<byte>();
        foreach (string label in name.Split('.'))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(Encoding.ASCII.GetBytes(label));
        }
        bytes.Add(0);
        return bytes.ToArray();
    }

    public void Dispose()
    {
        _stopping = true;
        _socket.Dispose();
        _thread.Join(TimeSpan.FromSeconds(5));
    }
}
