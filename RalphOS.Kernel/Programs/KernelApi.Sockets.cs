// KernelApi.Sockets: the kernel's side of the API's socket group (programs/Sdk/
// KernelSocketCalls.cs): TCP sockets for programs, over the kernel's socket table
// (NetworkService.Stack). Each call checks the handle is the calling program's own
// (ProgramSockets) and every pointer it is given; results pass the stack's SocketResult
// values through (the ABI's error numbers are the same). Wait blocks on the scheduler
// through SocketWaits, Resolve through HostResolver; a break during either ends the
// program. KernelApi.Fill calls FillSockets.
using System;
using System.Runtime.InteropServices;
using RalphOS.Kernel.Network;
using RalphOS.Net.Dns;
using RalphOS.Net.Iface;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;
using RalphOS.Programs.Abi;

namespace RalphOS.Kernel.Programs;

internal static unsafe partial class KernelApi
{
    private const int MaxHostNameLength = 255;     // RFC 1035 2.3.4
    private const int MaxListenBacklog = 64;
    private const ulong MaxWaitMs = 24UL * 60 * 60 * 1000;  // keeps the deadline from overflowing

    private static void FillSockets(KernelSocketCalls* calls)
    {
        calls->Open = &SocketOpen;
        calls->Connect = &SocketConnect;
        calls->Listen = &SocketListen;
        calls->Accept = &SocketAccept;
        calls->Send = &SocketSend;
        calls->Receive = &SocketReceive;
        calls->Shutdown = &SocketShutdown;
        calls->Close = &SocketClose;
        calls->Status = &SocketStatusOf;
        calls->Wait = &SocketWait;
        calls->Resolve = &SocketResolve;
    }

    private static NetStack Stack => NetworkService.Stack;

    // 0 when the program may use the handle, else the error to return.
    private static int CheckSocket(LoadedProgram program, int handle)
    {
        if (Stack == null)
            return KernelSocketCalls.NoNetwork;
        return program.Sockets.Owns(handle) ? 0 : KernelSocketCalls.InvalidHandle;
    }

    // The ABI's address (first octet in the low byte) as the stack's value.
    private static Ipv4Address FromAbi(uint address) =>
        new Ipv4Address((address >> 24) | ((address >> 8) & 0xFF00) | ((address << 8) & 0xFF0000) | (address << 24));

    private static uint ToAbi(Ipv4Address address) => FromAbi(address.Value).Value;

    [UnmanagedCallersOnly]
    private static int SocketOpen()
    {
        LoadedProgram program = Current;
        if (Stack == null)
            return KernelSocketCalls.NoNetwork;
        if (program.Sockets.Count >= KernelSocketCalls.MaxSocketsPerProgram)
            return KernelSocketCalls.TooManySockets;
        int handle = Stack.TcpOpen();
        if (handle >= 0)
            program.Sockets.Add(handle);
        return handle;
    }

    [UnmanagedCallersOnly]
    private static int SocketConnect(int handle, uint address, int port)
    {
        int check = CheckSocket(Current, handle);
        if (check != 0)
            return check;
        if (port < 1 || port > ushort.MaxValue || address == 0)
            return KernelSocketCalls.BadArgument;
        return Stack.TcpConnect(handle, FromAbi(address), (ushort)port);
    }

    [UnmanagedCallersOnly]
    private static int SocketListen(int handle, int port, int backlog)
    {
        int check = CheckSocket(Current, handle);
        if (check != 0)
            return check;
        if (port < 1 || port > ushort.MaxValue)
            return KernelSocketCalls.BadArgument;
        return Stack.TcpListen(handle, (ushort)port, Math.Clamp(backlog, 1, MaxListenBacklog));
    }

    [UnmanagedCallersOnly]
    private static int SocketAccept(int handle)
    {
        LoadedProgram program = Current;
        int check = CheckSocket(program, handle);
        if (check != 0)
            return check;
        if (program.Sockets.Count >= KernelSocketCalls.MaxSocketsPerProgram)
            return KernelSocketCalls.TooManySockets;
        int connection = Stack.TcpAccept(handle);
        if (connection >= 0)
            program.Sockets.Add(connection);
        return connection;
    }

    [UnmanagedCallersOnly]
    private static int SocketSend(int handle, byte* data, int length)
    {
        int check = CheckSocket(Current, handle);
        if (check != 0)
            return check;
        if (length < 0 || (length > 0 && !IsMapped(data, length)))
            return KernelSocketCalls.BadArgument;
        return Stack.TcpSend(handle, new ReadOnlySpan<byte>(data, length));
    }

    [UnmanagedCallersOnly]
    private static int SocketReceive(int handle, byte* buffer, int capacity)
    {
        int check = CheckSocket(Current, handle);
        if (check != 0)
            return check;
        if (capacity <= 0 || !IsMapped(buffer, capacity))
            return KernelSocketCalls.BadArgument;
        return Stack.TcpReceive(handle, new Span<byte>(buffer, capacity));
    }

    [UnmanagedCallersOnly]
    private static int SocketShutdown(int handle)
    {
        int check = CheckSocket(Current, handle);
        return check != 0 ? check : Stack.TcpShutdown(handle);
    }

    [UnmanagedCallersOnly]
    private static int SocketClose(int handle)
    {
        LoadedProgram program = Current;
        int check = CheckSocket(program, handle);
        if (check != 0)
            return check;
        program.Sockets.Remove(handle);
        return Stack.TcpClose(handle);
    }

    [UnmanagedCallersOnly]
    private static int SocketStatusOf(int handle, SocketStatus* status)
    {
        int check = CheckSocket(Current, handle);
        if (check != 0)
            return check;
        if (!IsMapped(status, sizeof(SocketStatus)))
            return KernelSocketCalls.BadArgument;
        TcpSocket socket = Stack.Sockets.TcpAt(handle);
        status->State = (int)Stack.TcpStateOf(handle);
        status->Error = socket == null ? 0 : ErrorNumber(socket.Error);
        status->BytesAvailable = socket == null ? 0 : socket.BytesToRead;
        status->Readiness = SocketWaits.ReadinessOf(Stack, handle);
        status->LocalAddress = socket == null ? 0 : ToAbi(socket.LocalIp);
        status->LocalPort = socket == null ? 0 : socket.LocalPort;
        status->RemoteAddress = socket == null ? 0 : ToAbi(socket.RemoteIp);
        status->RemotePort = socket == null ? 0 : socket.RemotePort;
        return 0;
    }

    private static int ErrorNumber(TcpError error) => error switch
    {
        TcpError.Refused => KernelSocketCalls.Refused,
        TcpError.Reset => KernelSocketCalls.Reset,
        TcpError.TimedOut => KernelSocketCalls.TimedOut,
        _ => 0,
    };

    [UnmanagedCallersOnly]
    private static int SocketWait(SocketWaitEntry* entries, int count, ulong timeoutMs)
    {
        LoadedProgram program = Current;
        if (Stack == null)
            return KernelSocketCalls.NoNetwork;
        if (count < 0 || count > KernelSocketCalls.MaxWaitEntries || (count > 0 && !IsMapped(entries, (long)count * sizeof(SocketWaitEntry))))
            return KernelSocketCalls.BadArgument;
        // Copied first: the program's memory is read once, checked, then waited on.
        var handles = new int[count];
        var events = new int[count];
        for (int i = 0; i < count; i++)
        {
            handles[i] = entries[i].Socket;
            events[i] = entries[i].Events;
            if (!program.Sockets.Owns(handles[i]))
                return KernelSocketCalls.InvalidHandle;
        }
        NetworkService.Sockets.WaitForAnyTcp(Stack, handles, events, count, timeoutMs < MaxWaitMs ? timeoutMs : MaxWaitMs);
        StopOnBreak(program);
        int ready = 0;
        for (int i = 0; i < count; i++)
        {
            int holds = SocketWaits.ReadinessOf(Stack, handles[i]) & events[i];
            entries[i].Ready = holds;
            if (holds != 0)
                ready++;
        }
        return ready;
    }

    [UnmanagedCallersOnly]
    private static int SocketResolve(char* name, int length, uint* addresses, int capacity)
    {
        LoadedProgram program = Current;
        if (length <= 0 || length > MaxHostNameLength || !IsMapped(name, (long)length * sizeof(char))
            || capacity <= 0 || !IsMapped(addresses, (long)capacity * sizeof(uint)))
            return KernelSocketCalls.BadArgument;
        if (Stack == null)
            return KernelSocketCalls.NoNetwork;
        string host = new string(name, 0, length);
        if (IPv4Text.TryParse(host, out Ipv4Address literal))
        {
            addresses[0] = ToAbi(literal);
            return 1;
        }
        var answer = new DnsAnswer();
        DnsStatus status = HostResolver.Lookup(host, answer);
        StopOnBreak(program);
        if (status == DnsStatus.NoServer)
            return KernelSocketCalls.NotConfigured;
        if (status != DnsStatus.Ok)
            return status == DnsStatus.TimedOut ? KernelSocketCalls.TimedOut : KernelSocketCalls.HostNotFound;
        int count = answer.Count < capacity ? answer.Count : capacity;
        for (int i = 0; i < count; i++)
            addresses[i] = ToAbi(answer.Addresses[i]);
        return count;
    }
}
