// TelnetDriver: test helper that runs a TelnetSession the way the kernel's server will:
// feed received bytes through Receive until they are used up, record data and Break signals
// in order, and drain the replies. Transcripts hold data bytes (0..255) and -1 for Break.
using System;
using System.Collections.Generic;
using RalphOS.Net.Telnet;

namespace RalphOS.Net.Tests.Telnet;

internal static class TelnetDriver
{
    public const int BreakMark = -1;

    public static List<int> Feed(TelnetSession session, byte[] wire, int dataSize = 64)
    {
        var transcript = new List<int>();
        Feed(session, wire, transcript, dataSize);
        return transcript;
    }

    public static void Feed(TelnetSession session, byte[] wire, List<int> transcript, int dataSize = 64)
    {
        var data = new byte[dataSize];
        int offset = 0;
        for (int guard = 0; offset < wire.Length; guard++)
        {
            if (guard > wire.Length + 1) throw new InvalidOperationException("Receive made no progress");
            TelnetInputResult r = session.Receive(new ReadOnlySpan<byte>(wire, offset, wire.Length - offset), data);
            for (int i = 0; i < r.Written; i++) transcript.Add(data[i]);
            if (r.Signal == TelnetSignal.Break) transcript.Add(BreakMark);
            offset += r.Consumed;
        }
    }

    public static byte[] Drain(TelnetSession session)
    {
        var wire = new byte[TelnetSession.ReplyCapacity];
        int n = session.DrainReplies(wire);
        return wire[..n];
    }

    public static List<int> Text(string text)
    {
        var list = new List<int>();
        foreach (char c in text) list.Add(c);
        return list;
    }

    public static byte[] Bytes(params int[] values)
    {
        var bytes = new byte[values.Length];
        for (int i = 0; i < values.Length; i++) bytes[i] = (byte)values[i];
        return bytes;
    }

    public static byte[] Concat(params byte[][] parts)
    {
        var all = new List<byte>();
        foreach (byte[] p in parts) all.AddRange(p);
        return all.ToArray();
    }

    public static byte[] Ascii(string text)
    {
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++) bytes[i] = (byte)text[i];
        return bytes;
    }

    /// <summary>A session that has sent its opening requests (already drained).</summary>
    public static TelnetSession Started()
    {
        var session = new TelnetSession();
        session.Start();
        Drain(session);
        return session;
    }
}
