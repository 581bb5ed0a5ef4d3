// Malformed input: truncation at every length, bad checksums, bad length fields, TCP options
// running past the header, hostile fragments, random corruption. Every bad frame must be
// dropped and counted, never crash, never be delivered.
using System;
using RalphOS.Net.Iface;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class MalformedTests
{
    public static TheoryData<string> Captures => new TheoryData<string>
    {
        "arp-icmp.pcap", "icmp-fragmented.pcap", "udp.pcap", "tcp.pcap", "tcp-rst.pcap",
    };

    [Theory]
    [MemberData(nameof(Captures))]
    public void EveryTruncationIsDroppedAndCounted(string capture)
    {
        foreach (byte[] frame in PcapReader.ReadFrames(capture))
        {
            NetStack stack = FrameBuilder.StackFor(frame, out _);
            for (int length = 0; length < frame.Length; length++)
            {
                long before = stack.Counters.TotalDropped;
                stack.Receive(frame.AsSpan(0, length));
                Assert.Equal(before + 1, stack.Counters.TotalDropped);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void CorruptedChecksumsAreDroppedAndCounted(string capture)
    {
        foreach (byte[] original in PcapReader.ReadFrames(capture))
        {
            if (original[12] != 0x08 || original[13] != 0x00) continue; // IPv4 only
            byte[] frame = (byte[])original.Clone();
            frame[14 + Ipv4Repr.OffsetChecksum] ^= 0x5A;
            NetStack stack = FrameBuilder.StackFor(frame, out _);
            stack.Receive(frame);
            Assert.Equal(1, stack.Counters.Ipv4BadChecksum);

            Ipv4Repr.Parse(original.AsSpan(14), out Ipv4Repr ip);
            if (ip.IsFragment) continue;
            frame = (byte[])original.Clone();
            frame[14 + ip.TotalLength - 1] ^= 0x01; // last transport byte: its checksum breaks
            stack = FrameBuilder.StackFor(frame, out _);
            stack.Receive(frame);
            NetCounters c = stack.Counters;
            Assert.Equal(1, c.IcmpMalformed + c.UdpMalformed + c.TcpMalformed);
            Assert.Equal(1, c.TotalDropped);
        }
    }

    [Fact]
    public void BadIpv4LengthsVersionAndTtlAreDropped()
    {
        byte[] good = PcapReader.ReadFrames("arp-icmp.pcap")[2];
        (int Offset, byte Value)[] damage =
        {
            (14 + 0, 0x65),                  // version 6
            (14 + 0, 0x44),                  // IHL 4 (< 20 bytes)
            (14 + 0, 0x4F),                  // IHL 15: past the packet
            (14 + 2, 0xFF),                  // total length 0xFF34 > frame
            (14 + 3, 0x10), (14 + 2, 0x00),  // total length 16 < header
        };
        foreach (var (offset, value) in damage)
        {
            byte[] frame = (byte[])good.Clone();
            frame[offset] = value;
            if (offset == 14 + 2 && value == 0x00) frame[14 + 3] = 0x10;
            NetStack stack = FrameBuilder.StackFor(frame, out _);
            stack.Receive(frame);
            Assert.Equal(1, stack.Counters.Ipv4Malformed);
        }
        byte[] ttl0 = FrameBuilder.Ipv4(new MacAddress(0x020000000042UL), new Ipv4Address(10, 99, 0, 1),
            new Ipv4Address(10, 99, 0, 2), 1, 1, 0, false, new byte[8]);
        ttl0[14 + Ipv4Repr.OffsetTtl] = 0;
        ttl0[14 + Ipv4Repr.OffsetChecksum] = 0; ttl0[14 + Ipv4Repr.OffsetChecksum + 1] = 0;
        ushort sum = InternetChecksum.Compute(ttl0.AsSpan(14, 20));
        ttl0[14 + Ipv4Repr.OffsetChecksum] = (byte)(sum >> 8); ttl0[14 + Ipv4Repr.OffsetChecksum + 1] = (byte)sum;
        NetStack s2 = FrameBuilder.StackFor(ttl0, out _);
        s2.Receive(ttl0);
        Assert.Equal(1, s2.Counters.Ipv4TtlExpired);
    }

    [Fact]
    public void BadUdpLengthsAreDropped()
    {
        byte[] good = PcapReader.ReadFrames("udp.pcap")[2];
        foreach (ushort length in new ushort[] { 0, 7, 25, 0xFFFF })
        {
            byte[] frame = (byte[])good.Clone();
            frame[34 + UdpRepr.OffsetLength] = (byte)(length >> 8);
            frame[34 + UdpRepr.OffsetLength + 1] = (byte)length;
            NetStack stack = FrameBuilder.StackFor(frame, out _);
            stack.Receive(frame);
            Assert.Equal(1, stack.Counters.UdpMalformed);
        }
    }

    [Fact]
    public void TcpDataOffsetAndOptionsOverflowingTheHeaderAreDropped()
    {
        byte[] syn = PcapReader.ReadFrames("tcp.pcap")[0]; // 40-byte header with options
        int tcp = 34;
        var cases = new Action<byte[]>[]
        {
            f => f[tcp + 12] = 0x40,                                    // data offset 4 words
            f => f[tcp + 12] = 0xF0,                                    // 60 bytes: past the segment
            f => { f[tcp + 20] = 2; f[tcp + 21] = 40; },                // MSS claims 40 bytes
            f => { f[tcp + 20] = 2; f[tcp + 21] = 3; },                 // MSS with the wrong length
            f => { f[tcp + 20] = 8; f[tcp + 21] = 0; },                 // zero-length option
            f => { for (int i = 20; i < 39; i++) f[tcp + i] = 1; f[tcp + 39] = 8; }, // kind with no length byte
            f => { for (int i = 20; i < 37; i++) f[tcp + i] = 1; f[tcp + 37] = 3; f[tcp + 38] = 4; }, // WS overflows
        };
        foreach (var damage in cases)
        {
            byte[] frame = (byte[])syn.Clone();
            damage(frame);
            FrameBuilder.FixTcpChecksum(frame);
            NetStack stack = FrameBuilder.StackFor(frame, out _);
            int listener = stack.TcpOpen();
            stack.TcpListen(listener, 6000, 4);
            stack.Receive(frame);
            Assert.Equal(1, stack.Counters.TcpMalformed);
            Assert.Equal(1, stack.Sockets.TcpInUse); // no connection was created
        }
    }

    static readonly Ipv4Address Src = new Ipv4Address(10, 99, 0, 1);
    static readonly Ipv4Address Dst = new Ipv4Address(10, 99, 0, 2);
    static readonly MacAddress Mac = new MacAddress(0x020000000042UL);

    static NetStack FragmentStack(out FakeClock clock) =>
        FrameBuilder.StackFor(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 0, 0, false, new byte[8]), out clock);

    [Fact]
    public void OverlappingFragmentsDropTheDatagram()
    {
        NetStack stack = FragmentStack(out _);
        stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 9, 0, true, new byte[16]));
        stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 9, 8, true, new byte[16])); // overlaps 8..16
        Assert.Equal(1, stack.Counters.FragmentsDropped);
        Assert.Equal(0, stack.Reassembler.InProgress);
        stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 9, 16, false, new byte[8]));
        Assert.Equal(0, stack.Counters.DatagramsReassembled);
    }

    [Fact]
    public void TooManyOrTooLargeFragmentsAreDropped()
    {
        NetStack stack = FragmentStack(out _);
        for (int i = 0; i < Ipv4Reassembler.MaxFragments + 1; i++)
            stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 10, i * 16, true, new byte[8])); // holes between
        Assert.Equal(1, stack.Counters.FragmentsDropped);
        stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 11, 8184 * 8, true, new byte[8]));   // ends past 16 KiB
        Assert.Equal(2, stack.Counters.FragmentsDropped);
        Assert.Equal(0, stack.Reassembler.InProgress);
    }

    [Fact]
    public void DuplicateFragmentsAreHarmlessAndStaleOnesTimeOut()
    {
        NetStack stack = FragmentStack(out FakeClock clock);
        var icmp = new byte[24];
        new IcmpRepr { Type = IcmpRepr.TypeEchoRequest, Identifier = 1, Sequence = 1 }.Emit(icmp);
        stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 12, 0, true, icmp.AsSpan(0, 16)));
        stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 12, 0, true, icmp.AsSpan(0, 16)));
        stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 12, 16, false, icmp.AsSpan(16, 8)));
        Assert.Equal(1, stack.Counters.DatagramsReassembled);
        Assert.Equal(1, stack.Counters.IcmpEchoRequests);

        stack.Receive(FrameBuilder.Ipv4(Mac, Src, Dst, 1, 13, 0, true, new byte[16]));
        Assert.Equal(1, stack.Reassembler.InProgress);
        clock.Advance(Ipv4Reassembler.TimeoutMs);
        stack.Poll();
        Assert.Equal(0, stack.Reassembler.InProgress);
        Assert.Equal(1, stack.Reassembler.Timeouts);
    }

    [Fact]
    public void RandomCorruptionNeverCrashes()
    {
        var random = new Random(1234);
        var frames = new System.Collections.Generic.List<byte[]>();
        foreach (string name in new[] { "arp-icmp.pcap", "icmp-fragmented.pcap", "udp.pcap", "tcp.pcap", "tcp-rst.pcap" })
            frames.AddRange(PcapReader.ReadFrames(name));
        NetStack stack = FrameBuilder.StackFor(frames[2], out FakeClock clock);
        int listener = stack.TcpOpen();
        stack.TcpListen(listener, 6000, 8);
        for (int i = 0; i < 20000; i++)
        {
            byte[] frame = (byte[])frames[random.Next(frames.Count)].Clone();
            int flips = 1 + random.Next(4);
            for (int k = 0; k < flips; k++) frame[random.Next(frame.Length)] ^= (byte)(1 << random.Next(8));
            int length = random.Next(4) == 0 ? random.Next(frame.Length + 1) : frame.Length;
            stack.Receive(frame.AsSpan(0, length));
            if (i % 100 == 0) { clock.Advance(50); stack.Poll(); }
        }
        Assert.Equal(20000, stack.Counters.FramesReceived);
        Assert.True(stack.Counters.TotalDropped > 15000);
    }
}
