// Hostile input: seeded random byte streams in random chunk and buffer sizes. The session
// must never throw, always make progress, keep its reply buffer bounded, allocate nothing
// while decoding, and still decode a clean line once the noise stops.
using System;
using RalphOS.Net.Telnet;
using Xunit;
using static RalphOS.Net.Tests.Telnet.TelnetDriver;

namespace RalphOS.Net.Tests.Telnet;

public class TelnetFuzzTests
{
    sealed class XorShift
    {
        ulong _s;
        public XorShift(ulong seed) { _s = seed; }
        public int Next(int bound)
        {
            _s ^= _s << 13; _s ^= _s >> 7; _s ^= _s << 17;
            return (int)(_s % (ulong)bound);
        }
    }

    // commandHeavy: half the bytes are IAC or command codes, so every decoder state is hit.
    static byte[] Noise(XorShift rng, int length, bool commandHeavy)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            int r = rng.Next(256);
            if (commandHeavy && rng.Next(2) == 0) r = rng.Next(4) == 0 ? 255 : 240 + rng.Next(16);
            bytes[i] = (byte)r;
        }
        return bytes;
    }

    [Theory]
    [InlineData(1u, false)]
    [InlineData(2u, true)]
    [InlineData(3u, true)]
    public void RandomStreamsStayBoundedAndRecover(uint seed, bool commandHeavy)
    {
        // A first, unmeasured pass over the same stream lets the runtime do its one-time work
        // on this thread (tiered recompilation, on-stack replacement of the loop), so the
        // measured pass counts only what the decoder itself allocates.
        FeedNoise(seed, commandHeavy, out _);
        TelnetSession session = FeedNoise(seed, commandHeavy, out long allocated);
        Assert.Equal(0, allocated);
        if (commandHeavy)
        {
            // The noise really exercised the state machine, not just the data path.
            TelnetCounters c = session.Counters;
            Assert.True(c.Breaks > 0 && c.OptionsRefused > 0 && c.AreYouThereAnswered > 0);
            Assert.True(c.SubnegotiationsSkipped + c.SubnegotiationsAbandoned > 0);
        }

        // After the noise: leave whatever command or SB was open, then a clean line decodes.
        var settle = new byte[TelnetSession.SubnegotiationLimit + 2];
        Array.Fill(settle, (byte)'\r');
        settle[0] = 255; settle[1] = 240;                   // IAC SE closes an open SB
        Feed(session, settle);
        Drain(session);
        Assert.Equal(Text("RUN\r"), Feed(session, Ascii("RUN\r\n")));
    }

    // Feeds 100,000 seeded random bytes in random chunks and buffer sizes, checking every
    // call's bounds; returns the session and the bytes allocated while decoding.
    static TelnetSession FeedNoise(uint seed, bool commandHeavy, out long allocated)
    {
        var rng = new XorShift(0x9E3779B97F4A7C15UL * seed);
        byte[] noise = Noise(rng, 100000, commandHeavy);
        var session = new TelnetSession();
        session.Start();
        var data = new byte[128];
        var replies = new byte[TelnetSession.ReplyCapacity];
        long before = GC.GetAllocatedBytesForCurrentThread();
        int offset = 0;
        int calls = 0;
        while (offset < noise.Length)
        {
            int chunk = Math.Min(noise.Length - offset, 1 + rng.Next(64));
            int dataSize = 1 + rng.Next(data.Length);
            var input = new ReadOnlySpan<byte>(noise, offset, chunk);
            TelnetInputResult r = session.Receive(input, new Span<byte>(data, 0, dataSize));
            Assert.True(r.Consumed > 0 && r.Consumed <= chunk);
            Assert.True(r.Written <= dataSize && r.Written <= r.Consumed);
            Assert.True(session.PendingReplyBytes <= TelnetSession.ReplyCapacity);
            offset += r.Consumed;
            calls++;
            // The server drains now and then, sometimes only partly.
            if (rng.Next(8) == 0) session.DrainReplies(new Span<byte>(replies, 0, 1 + rng.Next(replies.Length)));
        }
        allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(calls <= noise.Length);
        Assert.True(session.Counters.DataBytes <= noise.Length);
        return session;
    }
}
