// SocketCallNumbersTests: the kernel API's socket group passes the network stack's results
// and readiness bits straight through to programs (KernelApi.Sockets), so the ABI's numbers
// in programs/Sdk/KernelSocketCalls.cs must be RalphOS.Net's SocketResult and SocketEvents
// values, and its own additions must not collide with them.
using System;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Programs.Abi;
using Xunit;

namespace RalphOS.Programs.Tests;

public class SocketCallNumbersTests
{
    [Fact]
    public void ErrorNumbersAreTheStacksSocketResults()
    {
        Assert.Equal((int)SocketResult.WouldBlock, KernelSocketCalls.WouldBlock);
        Assert.Equal((int)SocketResult.Closed, KernelSocketCalls.Closed);
        Assert.Equal((int)SocketResult.InvalidHandle, KernelSocketCalls.InvalidHandle);
        Assert.Equal((int)SocketResult.NoSlots, KernelSocketCalls.NoSlots);
        Assert.Equal((int)SocketResult.AddressInUse, KernelSocketCalls.AddressInUse);
        Assert.Equal((int)SocketResult.InvalidState, KernelSocketCalls.InvalidState);
        Assert.Equal((int)SocketResult.Refused, KernelSocketCalls.Refused);
        Assert.Equal((int)SocketResult.Reset, KernelSocketCalls.Reset);
        Assert.Equal((int)SocketResult.TimedOut, KernelSocketCalls.TimedOut);
        Assert.Equal((int)SocketResult.NotConfigured, KernelSocketCalls.NotConfigured);
        Assert.Equal((int)SocketResult.MessageTooLong, KernelSocketCalls.MessageTooLong);
        int[] added = { KernelSocketCalls.BadArgument, KernelSocketCalls.HostNotFound, KernelSocketCalls.NoNetwork, KernelSocketCalls.TooManySockets };
        foreach (int number in added)
            Assert.False(Enum.IsDefined(typeof(SocketResult), number), $"{number} is already a SocketResult");
    }

    [Fact]
    public void EventBitsAreTheStacksSocketEvents()
    {
        Assert.Equal(SocketEvents.Readable, KernelSocketCalls.Readable);
        Assert.Equal(SocketEvents.Writable, KernelSocketCalls.Writable);
        Assert.Equal(SocketEvents.Connected, KernelSocketCalls.Connected);
        Assert.Equal(SocketEvents.Closed, KernelSocketCalls.ClosedEvent);
        Assert.Equal(SocketEvents.Acceptable, KernelSocketCalls.Acceptable);
    }
}
