// Stand-in sockets for a host without a network stack: every call fails politely.
namespace RalphOS.Basic.Host;

public sealed class NoSockets : IBasicSockets
{
    public int Socket() => -1;
    public bool Owns(int socket) => false;
    public int Listen(int socket, int port) => 0;
    public int Accept(int socket) => -1;
    public int Connect(int socket, string ip, int port) => 0;
    public string Receive(int socket) => "";
    public int Send(int socket, string text) => 0;
    public void Close(int socket) { }
    public void CloseAll() { }
    public int State(int socket) => 0;
    public int Ping(string host) => -1;
    public string Resolve(string name) => "";
    public string HttpGet(string url) => "";
    public int HttpStatus => 0;
    public string LastError => "no network";
}
