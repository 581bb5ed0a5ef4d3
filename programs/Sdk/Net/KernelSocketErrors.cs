// KernelSocketErrors: the kernel API's socket error numbers (KernelSocketCalls.WouldBlock,
// Refused...) as .NET's SocketError, for SocketException. Used by Socket and Dns.
using System.Net.Sockets;
using RalphOS.Programs.Abi;

namespace RalphOS.Programs.Net;

public static class KernelSocketErrors
{
    public static SocketError ToSocketError(int result) => result switch
    {
        KernelSocketCalls.WouldBlock => SocketError.WouldBlock,
        KernelSocketCalls.Closed => SocketError.Shutdown,
        KernelSocketCalls.InvalidHandle => SocketError.NotSocket,
        KernelSocketCalls.NoSlots => SocketError.TooManyOpenSockets,
        KernelSocketCalls.TooManySockets => SocketError.TooManyOpenSockets,
        KernelSocketCalls.AddressInUse => SocketError.AddressAlreadyInUse,
        KernelSocketCalls.InvalidState => SocketError.InvalidArgument,
        KernelSocketCalls.BadArgument => SocketError.InvalidArgument,
        KernelSocketCalls.Refused => SocketError.ConnectionRefused,
        KernelSocketCalls.Reset => SocketError.ConnectionReset,
        KernelSocketCalls.TimedOut => SocketError.TimedOut,
        KernelSocketCalls.NotConfigured => SocketError.NetworkDown,
        KernelSocketCalls.NoNetwork => SocketError.NetworkDown,
        KernelSocketCalls.MessageTooLong => SocketError.MessageSize,
        KernelSocketCalls.HostNotFound => SocketError.HostNotFound,
        _ => SocketError.SocketError,
    };

    // Throws the SocketException for a negative result; returns a non-negative one.
    public static int Check(int result) =>
        result >= 0 ? result : throw new SocketException((int)ToSocketError(result));
}
