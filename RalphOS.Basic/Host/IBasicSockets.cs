// TCP sockets as the seed's BASIC sees them (handles are small integers), each session with
// its own: a handle works only in the session that opened or accepted it (Owns), and the
// interpreter closes them all (CloseAll) at RUN, NEW, CLEAR and END, as GW-BASIC closes
// its files. Calls that wait (ACCEPT, RECV$, SEND on a full window, PING, RESOLVE$,
// HTTPGET$) return early on Ctrl-C and leave the break pending for IBasicConsole.PollBreak.
// SOCKSTATE numbers: 0 Closed, 1 Listen, 2 SynSent, 3 SynRcvd, 4 Established, 5 FinWait1,
// 6 FinWait2, 7 CloseWait, 8 Closing, 9 LastAck, 10 TimeWait (the seed's TCP states).
namespace RalphOS.Basic.Host;

public interface IBasicSockets
{
    /// <summary>A new socket handle, or -1 if none is free.</summary>
    int Socket();

    /// <summary>True if the handle came from this session's Socket or Accept and is not
    /// closed; the interpreter refuses every other handle ("Bad file number").</summary>
    bool Owns(int socket);

    /// <summary>Starts listening on port; 1 on success, 0 on failure.</summary>
    int Listen(int socket, int port);

    /// <summary>A connected socket from the listen queue, or -1 if none is waiting.</summary>
    int Accept(int socket);

    /// <summary>Starts connecting to ip:port (ip may be a host name, looked up first); 1 if
    /// started, 0 on failure.</summary>
    int Connect(int socket, string ip, int port);

    /// <summary>Up to 1024 bytes received so far (as Latin-1 text), or "".</summary>
    string Receive(int socket);

    /// <summary>Queues text for sending; returns the number of bytes accepted.</summary>
    int Send(int socket, string text);

    /// <summary>Closes the socket (a no-op for a handle the session does not own).</summary>
    void Close(int socket);

    /// <summary>Closes every socket the session owns.</summary>
    void CloseAll();

    /// <summary>The TCP state number (see above); 0 for a bad handle.</summary>
    int State(int socket);

    /// <summary>Sends one ICMP echo to an address or host name; round-trip milliseconds, -1
    /// on timeout, or -2 when the name does not resolve (LastError says why).</summary>
    int Ping(string host);

    /// <summary>The IPv4 address of a host name (or of a dotted quad) as "A.B.C.D", or ""
    /// when there is none (LastError says why).</summary>
    string Resolve(string name);

    /// <summary>HTTP/1.1 GET of an http:// URL, following redirects: the final response's
    /// body (whatever its status), or "" when no response arrived (LastError says why).</summary>
    string HttpGet(string url);

    /// <summary>The status code of the last HttpGet's final response; 0 when it got none.</summary>
    int HttpStatus { get; }

    /// <summary>Why the last Resolve, HttpGet, Connect or Ping failed; "" after a success.</summary>
    string LastError { get; }
}
