// ITcpOutput: what a TcpSocket sends through. NetStack implements it by wrapping the segment
// in IPv4 and Ethernet (resolving the next hop with ARP); tests may implement it directly.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tcp;

public interface ITcpOutput
{
    /// <summary>Sends one segment; repr has no checksum yet (the output computes it).</summary>
    void SendSegment(Ipv4Address localIp, Ipv4Address remoteIp, ref TcpRepr repr, ReadOnlySpan<byte> payload);
}
