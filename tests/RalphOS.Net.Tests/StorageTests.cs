// Unit tests for the building blocks: ring buffer, out-of-order assembler, checksum,
// sequence-number comparisons and address values.
using System;
using RalphOS.Net.Storage;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class StorageTests
{
    [Fact]
    public void RingBufferWrapsAndKeepsOrder()
    {
        var ring = new RingBuffer(10);
        var out_ = new byte[10];
        Assert.Equal(7, ring.Enqueue(new byte[] { 1, 2, 3, 4, 5, 6, 7 }));
        Assert.Equal(5, ring.Dequeue(out_.AsSpan(0, 5)));
        Assert.Equal(8, ring.Enqueue(new byte[] { 8, 9, 10, 11, 12, 13, 14, 15, 16 })); // only 8 fit
        Assert.Equal(0, ring.Free);
        Assert.Equal(3, ring.Peek(7, out_));
        Assert.Equal(new byte[] { 13, 14, 15 }, out_[0..3]);
        Assert.Equal(10, ring.Dequeue(out_));
        Assert.Equal(new byte[] { 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 }, out_);
        Assert.True(ring.IsEmpty);
    }

    [Fact]
    public void UnallocatedWritesBecomeReadableOnlyWhenCommitted()
    {
        var ring = new RingBuffer(8);
        ring.Enqueue(new byte[] { 1, 2, 3 });
        ring.Dequeue(new byte[3]);                         // read position is now 3, buffer empty
        Assert.Equal(2, ring.WriteUnallocated(4, new byte[] { 50, 60 }));
        Assert.Equal(0, ring.Count);
        Assert.Equal(2, ring.WriteUnallocated(6, new byte[] { 70, 80, 90 }));  // bounded by capacity
        Assert.Equal(4, ring.WriteUnallocated(0, new byte[] { 10, 20, 30, 40 }));
        ring.CommitUnallocated(8);
        var out_ = new byte[8];
        Assert.Equal(8, ring.Dequeue(out_));
        Assert.Equal(new byte[] { 10, 20, 30, 40, 50, 60, 70, 80 }, out_);
    }

    [Fact]
    public void AssemblerMergesRangesAndReleasesTheContiguousFront()
    {
        var a = new Assembler();
        Assert.True(a.Add(10, 5));
        Assert.True(a.Add(20, 5));
        Assert.Equal(0, a.TakeFront());
        Assert.True(a.Add(12, 10));           // bridges both: [10, 25)
        Assert.Equal(1, a.RangeCount);
        Assert.True(a.Add(0, 10));
        Assert.Equal(25, a.TakeFront());
        Assert.True(a.IsEmpty);
    }

    [Fact]
    public void AssemblerWhenFullForgetsTheFarthestRangeForANearerOne()
    {
        var a = new Assembler();
        for (int i = 0; i < Assembler.MaxRanges; i++) Assert.True(a.Add(100 + i * 10, 5));
        Assert.False(a.Add(10_000, 5));        // farther than everything: not kept
        Assert.True(a.Add(0, 5));              // nearest: kept, the farthest is dropped
        Assert.Equal(Assembler.MaxRanges, a.RangeCount);
        Assert.Equal(5, a.TakeFront());
    }

    [Fact]
    public void ChecksumMatchesRfc1071Example()
    {
        // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (one's complement 220d).
        byte[] data = { 0x00, 0x01, 0xF2, 0x03, 0xF4, 0xF5, 0xF6, 0xF7 };
        Assert.Equal(0x220D, InternetChecksum.Compute(data));
        Assert.Equal(0xFFFF - 0x0100, InternetChecksum.Compute(new byte[] { 0x01 })); // odd length pads
    }

    [Fact]
    public void SequenceComparisonsWrapAround()
    {
        Assert.True(SeqNumber.Lt(0xFFFFFFF0u, 0x10u));
        Assert.True(SeqNumber.Gt(0x10u, 0xFFFFFFF0u));
        Assert.Equal(0x20, SeqNumber.Diff(0x10u, 0xFFFFFFF0u));
        Assert.True(SeqNumber.Le(5u, 5u) && SeqNumber.Ge(5u, 5u));
    }

    [Fact]
    public void AddressesFormatAndCompare()
    {
        var ip = new Ipv4Address(10, 0, 2, 15);
        Assert.Equal("10.0.2.15", ip.ToString());
        Assert.True(ip.SameSubnet(new Ipv4Address(10, 0, 2, 2), new Ipv4Address(255, 255, 255, 0)));
        Assert.False(ip.SameSubnet(new Ipv4Address(10, 0, 3, 2), new Ipv4Address(255, 255, 255, 0)));
        var mac = new MacAddress(0x525400123456UL);
        Assert.Equal(0x52, mac[0]);
        Assert.Equal(0x56, mac[5]);
        Assert.True(MacAddress.Broadcast.IsBroadcast && MacAddress.Broadcast.IsMulticast);
    }
}
