// Random applications over a lossy link: many connections doing random sends, reads, half
// closes, closes and aborts. Nothing may crash, and once everyone has let go every slot must
// come back (TIME-WAIT, FIN-WAIT-2 and retransmission limits bound all states).
using System;
using System.Collections.Generic;
using RalphOS.Net.Iface;
using RalphOS.Net.Tests.Support;
using Xunit;

namespace RalphOS.Net.Tests;

public class TcpChaosTests
{
    [Theory]
    [InlineData(401)]
    public void RandomApplicationsNeverLeakSlots(int seed)
    {
        var net = new TwoHosts(seed, faultRate: 0.1);
        var random = new Random(seed);
        int listener = net.B.TcpOpen();
        net.B.TcpListen(listener, 9000, 32);
        var handles = new List<(NetStack Stack, int Handle)>();
        var buffer = new byte[3000];
        for (int round = 0; round < 1500; round++)
        {
            if (random.Next(20) == 0 && handles.Count < 40)
            {
                int h = net.A.TcpOpen();
                if (h >= 0) { net.A.TcpConnect(h, TwoHosts.AddressB, 9000); handles.Add((net.A, h)); }
            }
            int accepted;
            while ((accepted = net.B.TcpAccept(listener)) >= 0) handles.Add((net.B, accepted));
            if (handles.Count > 0)
            {
                int i = random.Next(handles.Count);
                var (stack, handle) = handles[i];
                switch (random.Next(12))
                {
                    case 0: stack.TcpClose(handle); handles.RemoveAt(i); break;
                    case 1: stack.TcpAbort(handle); handles.RemoveAt(i); break;
                    case 2: stack.TcpShutdown(handle); break;
                    case 3: case 4: case 5: stack.TcpSend(handle, Bytes.Pattern(random.Next(3000), round)); break;
                    default: stack.TcpReceive(handle, buffer.AsSpan(0, random.Next(1, 3000))); break;
                }
            }
            net.RunFor(1 + random.Next(20));
        }
        foreach (var (stack, handle) in handles) stack.TcpClose(handle);
        net.B.TcpClose(listener);
        net.RunFor(15 * 60 * 1000);
        Assert.Equal(0, net.A.Sockets.TcpInUse);
        Assert.Equal(0, net.B.Sockets.TcpInUse);
    }
}
