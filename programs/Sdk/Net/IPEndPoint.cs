// System.Net.IPEndPoint: an IPv4 address and a TCP port, as .NET's ("10.0.2.2:80").
namespace System.Net;

public class IPEndPoint : EndPoint
{
    public const int MinPort = 0;
    public const int MaxPort = 65535;

    private IPAddress _address;
    private int _port;

    public IPEndPoint(long address, int port) : this(new IPAddress(address), port) { }

    public IPEndPoint(IPAddress address, int port)
    {
        Address = address;
        Port = port;
    }

    public IPAddress Address
    {
        get => _address;
        set => _address = value ?? throw new ArgumentNullException(nameof(value));
    }

    public int Port
    {
        get => _port;
        set => _port = value >= MinPort && value <= MaxPort ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    public override string ToString() => $"{_address}:{_port}";

    public override bool Equals(object comparand) =>
        comparand is IPEndPoint other && other._address.Equals(_address) && other._port == _port;

    public override int GetHashCode() => _address.GetHashCode() ^ _port;
}
