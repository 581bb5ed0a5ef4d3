// RawFrameSocket: an AF_PACKET socket bound to a TAP device inside a test's namespace
// (packet(7)). Send puts a whole Ethernet frame, any bytes we like, on the link towards the
// guest; TryReceive reads frames seen on the link without waiting. The SYN flood and fuzz
// boot tests use it to speak to the guest with made-up addresses and malformed frames.
using System;
using System.Runtime.InteropServices;

namespace RalphOS.Kernel.Tests;

internal sealed class RawFrameSocket : IDisposable
{
    private const int AddressFamilyPacket = 17;   // AF_PACKET, <linux/socket.h>
    private const int SocketRaw = 3;              // SOCK_RAW
    private const ushort EtherTypeAll = 0x0003;   // ETH_P_ALL, <linux/if_ether.h>
    private const int DontWait = 0x40;            // MSG_DONTWAIT
    private const int SockAddrLinkLayerSize = 20; // sizeof(struct sockaddr_ll)

    private readonly int _fd;

    [DllImport("libc", SetLastError = true)]
    private static extern int socket(int domain, int type, int protocol);

    [DllImport("libc", SetLastError = true)]
    private static extern int bind(int fd, byte[] address, int length);

    [DllImport("libc", SetLastError = true)]
    private static extern nint send(int fd, byte[] buffer, nint length, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern nint recv(int fd, byte[] buffer, nint length, int flags);

    [DllImport("libc", SetLastError = true)]
    private static extern uint if_nametoindex(string name);

    [DllImport("libc")]
    private static extern int close(int fd);

    private RawFrameSocket(int fd)
    {
        _fd = fd;
    }

    /// <summary>Opens the socket on device inside namespace ns.</summary>
    public static RawFrameSocket Open(string ns, string device) => NamespaceSockets.Create(ns, () =>
    {
        ushort protocol = (ushort)((EtherTypeAll >> 8) | (EtherTypeAll << 8 & 0xFF00)); // network byte order
        int fd = socket(AddressFamilyPacket, SocketRaw, protocol);
        if (fd < 0)
            throw new InvalidOperationException($"socket(AF_PACKET) failed: errno {Marshal.GetLastPInvokeError()}");
        uint index = if_nametoindex(device);
        var address = new byte[SockAddrLinkLayerSize];
        BitConverter.GetBytes((ushort)AddressFamilyPacket).CopyTo(address, 0);   // sll_family
        BitConverter.GetBytes(protocol).CopyTo(address, 2);                       // sll_protocol
        BitConverter.GetBytes((int)index).CopyTo(address, 4);                     // sll_ifindex
        if (index == 0 || bind(fd, address, address.Length) != 0)
        {
            int error = Marshal.GetLastPInvokeError();
            close(fd);
            throw new InvalidOperationException($"bind to {device} (index {index}) failed: errno {error}");
        }
        return new RawFrameSocket(fd);
    });

    /// <summary>Sends one frame; false when the kernel refused it (e.g. a full queue).</summary>
    public bool Send(byte[] frame, int length) => send(_fd, frame, length, 0) == length;

    /// <summary>Reads one waiting frame into buffer; its length, or 0 when none is waiting.</summary>
    public int TryReceive(byte[] buffer)
    {
        nint n = recv(_fd, buffer, buffer.Length, DontWait);
        return n > 0 ? (int)n : 0;
    }

    public void Dispose() => close(_fd);
}
