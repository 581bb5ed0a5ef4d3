// EchoDiscardService: one client of the echo (RFC 862) or discard (RFC 863) service: both
// read the client's stream until it ends; echo sends each piece back before reading on.
// TcpServiceHost calls it for each accepted connection.
using System;
using RalphOS.Kernel.Network;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;

namespace RalphOS.Kernel.Services;

internal static class EchoDiscardService
{
    private const ulong IdleTimeoutMs = 60_000;
    private const int WouldBlock = -1;

    public static void Serve(NetStack stack, int connection, byte[] buffer, bool echo)
    {
        for (;;)
        {
            int count = stack.TcpReceive(connection, buffer);
            if (count > 0)
            {
                if (echo && NetworkService.Sockets.SendAll(stack, connection, new ReadOnlySpan<byte>(buffer, 0, count), IdleTimeoutMs, BreakPolicy.Continue) < count)
                    return;
                continue;
            }
            if (count != WouldBlock)
                return; // 0: end of stream; below -1: an error
            if (!NetworkService.Sockets.WaitForTcp(stack, connection, SocketEvents.Readable | SocketEvents.Closed, IdleTimeoutMs))
                return;
        }
    }
}
