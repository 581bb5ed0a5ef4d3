// INetworkDevice: the link below NetStack. The kernel's NE2000 driver implements it; tests use
// a simulated link. Transmit must copy the frame before returning (the stack reuses its buffer).
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Iface;

public interface INetworkDevice
{
    MacAddress MacAddress { get; }

    /// <summary>Sends one Ethernet frame (no FCS); false if the device could not take it.</summary>
    bool Transmit(ReadOnlySpan<byte> frame);
}
