// KernelSocketCalls: the kernel API's socket group (version 2): the seed's non-blocking
// TCP sockets with its defects fixed. Part of KernelApiTable (its field Sockets), shared
// as source by the kernel (RalphOS.Kernel/Programs/KernelApi.Sockets.cs fills it) and the
// program SDK (programs/Sdk/Net: Socket, TcpListener, TcpClient, Dns). Functions use the
// C calling convention and never throw. Every call but Wait and Resolve is non-blocking:
// a non-negative result is a handle or a byte count, a negative one an error below
// (WouldBlock: nothing yet, call Wait). Sockets belong to the program that opened or
// accepted them: other handles are refused (InvalidHandle), and the kernel closes every
// socket a program still holds when it ends, however it ends.
namespace RalphOS.Programs.Abi;

public unsafe struct KernelSocketCalls
{
    // Errors (the kernel's SocketResult values, plus the last four).
    public const int WouldBlock = -1;
    public const int Closed = -2;         // the connection is closed in this direction
    public const int InvalidHandle = -3;  // not a socket of this program
    public const int NoSlots = -4;        // the kernel's socket table is full
    public const int AddressInUse = -5;
    public const int InvalidState = -6;   // e.g. Accept on a socket that does not listen
    public const int Refused = -7;
    public const int Reset = -8;
    public const int TimedOut = -9;
    public const int NotConfigured = -10; // the interface has no address yet
    public const int MessageTooLong = -11;
    public const int BadArgument = -12;   // a pointer, length or port out of range
    public const int HostNotFound = -13;
    public const int NoNetwork = -14;     // the machine has no network card
    public const int TooManySockets = -15; // the program holds MaxSocketsPerProgram

    // Wait's events (the kernel's SocketEvents bits).
    public const int Readable = 1;        // data, end of stream or an error can be received
    public const int Writable = 2;        // connected, and Send would take bytes
    public const int Connected = 4;       // the handshake completed (or failed: Closed too)
    public const int ClosedEvent = 8;     // the connection reached Closed
    public const int Acceptable = 16;     // a listener has a connection for Accept

    public const int MaxSocketsPerProgram = 64;
    public const int MaxWaitEntries = 64;
    public const int MaxResolveAddresses = 8;

    // A new TCP socket: its handle, or an error.
    public delegate* unmanaged<int> Open;
    // (socket, IPv4 address in network byte order as a uint read little-endian: the first
    // octet in the low byte, port): starts the handshake; 0, or an error. Wait for
    // Connected, then Status says whether it succeeded.
    public delegate* unmanaged<int, uint, int, int> Connect;
    // (socket, port, backlog): listens on every address; 0, or an error.
    public delegate* unmanaged<int, int, int, int> Listen;
    // (listener): an established connection's handle, or WouldBlock when none is waiting yet
    // (the seed returned 0 for both), or an error.
    public delegate* unmanaged<int, int> Accept;
    // (socket, data, length): the bytes taken (possibly fewer than length: send the rest
    // later), WouldBlock when the send buffer is full, or an error.
    public delegate* unmanaged<int, byte*, int, int> Send;
    // (socket, buffer, capacity): bytes read, 0 at the end of the stream, WouldBlock when
    // nothing has arrived yet, or an error (Reset, TimedOut...).
    public delegate* unmanaged<int, byte*, int, int> Receive;
    // (socket): sends FIN after the queued data, keeps reading (shutdown for writing).
    public delegate* unmanaged<int, int> Shutdown;
    // (socket): graceful close; the handle is invalid afterwards. 0, or an error.
    public delegate* unmanaged<int, int> Close;
    // (socket, status): fills status; 0, or an error.
    public delegate* unmanaged<int, SocketStatus*, int> Status;
    // (entries, count, timeout ms): blocks on the scheduler until one of the entries'
    // sockets shows one of its events or the time runs out; fills each entry's Ready and
    // returns how many entries are ready (0: timeout), or an error. A break ends the program.
    public delegate* unmanaged<SocketWaitEntry*, int, ulong, int> Wait;
    // (name, length, addresses, capacity): resolves a host name or dotted quad (DNS,
    // blocking); the number of addresses written (same byte order as Connect), or an error.
    public delegate* unmanaged<char*, int, uint*, int, int> Resolve;
}
