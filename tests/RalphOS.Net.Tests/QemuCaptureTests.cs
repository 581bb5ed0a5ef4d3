// QemuCaptureTests: frames recorded from a real Ralph OS session in QEMU (filter-dump on the
// user-mode network; see Captures/README.md): our DHCP exchange with QEMU's server, ARP,
// ping to the gateway, and a telnet connection. Every frame, ours and QEMU's, re-emits byte
// for byte (WireCaptureTests); here the DHCP answer and our telnet greeting are checked.
using System;
using RalphOS.Net.Tests.Support;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class QemuCaptureTests
{
    private const string Capture = "qemu-session.pcap";
    private const int EthernetHeader = 14;
    private const int UdpHeader = 8;

    [Fact]
    public void QemusDhcpServerOffersTheSeedsAddressPlan()
    {
        DhcpRepr offer = default, ack = default;
        foreach (byte[] frame in PcapReader.ReadFrames(Capture))
        {
            if (!TryDhcp(frame, out DhcpRepr dhcp))
                continue;
            if (dhcp.MessageType == DhcpMessageType.Offer)
                offer = dhcp;
            else if (dhcp.MessageType == DhcpMessageType.Ack)
                ack = dhcp;
        }
        Assert.Equal(DhcpMessageType.Offer, offer.MessageType);
        Assert.Equal(DhcpMessageType.Ack, ack.MessageType);
        Assert.Equal(new Ipv4Address(10, 0, 2, 15), ack.YourIp);
        Assert.Equal(new Ipv4Address(255, 255, 255, 0), ack.SubnetMask);
        Assert.Equal(new Ipv4Address(10, 0, 2, 2), ack.Router);
    }

    [Fact]
    public void OurTelnetGreetingNegotiatesEchoAndSuppressGoAhead()
    {
        foreach (byte[] frame in PcapReader.ReadFrames(Capture))
        {
            if (Ipv4Repr.Parse(frame.AsSpan(EthernetHeader), out Ipv4Repr ip) != WireResult.Ok || ip.Protocol != Ipv4Repr.ProtocolTcp)
                continue;
            ReadOnlySpan<byte> segment = frame.AsSpan(EthernetHeader + ip.HeaderLength, ip.PayloadLength);
            if (TcpRepr.Parse(segment, ip.Source, ip.Destination, out TcpRepr tcp) != WireResult.Ok || tcp.SourcePort != 23)
                continue;
            ReadOnlySpan<byte> payload = segment.Slice(tcp.HeaderLength);
            if (payload.Length == 0)
                continue;
            // IAC WILL ECHO, IAC WILL SGA, IAC DO SGA (RFC 854/857/858).
            Assert.Equal(new byte[] { 255, 251, 1, 255, 251, 3, 255, 253, 3 }, payload.ToArray());
            return;
        }
        Assert.Fail("no telnet data from port 23 in the capture");
    }

    private static bool TryDhcp(byte[] frame, out DhcpRepr dhcp)
    {
        dhcp = default;
        if (Ipv4Repr.Parse(frame.AsSpan(EthernetHeader), out Ipv4Repr ip) != WireResult.Ok || ip.Protocol != Ipv4Repr.ProtocolUdp)
            return false;
        ReadOnlySpan<byte> datagram = frame.AsSpan(EthernetHeader + ip.HeaderLength, ip.PayloadLength);
        if (UdpRepr.Parse(datagram, ip.Source, ip.Destination, out UdpRepr udp) != WireResult.Ok || udp.SourcePort != 67)
            return false;
        return DhcpRepr.Parse(datagram.Slice(UdpHeader, udp.PayloadLength), out dhcp) == WireResult.Ok;
    }
}
