// System.Net.IPAddress: an IPv4 address, as .NET's: Parse/TryParse of dotted quads
// (DottedQuad), Any, Loopback, None, Broadcast, ToString, GetAddressBytes, equality.
// Address holds the value as .NET does (first octet in the low byte), which is also how
// the kernel API's socket calls take it. Ralph OS has no IPv6.
using System.Net.Sockets;
using RalphOS.Programs.Net;

namespace System.Net;

public class IPAddress : IEquatable<IPAddress>
{
    public static readonly IPAddress Any = new IPAddress(0x00000000);
    public static readonly IPAddress Loopback = new IPAddress(0x0100007F);
    public static readonly IPAddress Broadcast = new IPAddress(0xFFFFFFFF);
    public static readonly IPAddress None = Broadcast;

    private readonly uint _address;

    public IPAddress(long newAddress)
    {
        if (newAddress < 0 || newAddress > 0xFFFFFFFF)
            throw new ArgumentOutOfRangeException(nameof(newAddress));
        _address = (uint)newAddress;
    }

    public IPAddress(byte[] address)
    {
        if (address == null)
            throw new ArgumentNullException(nameof(address));
        if (address.Length != 4)
            throw new ArgumentException("An invalid IP address was specified.", nameof(address));
        _address = address[0] | ((uint)address[1] << 8) | ((uint)address[2] << 16) | ((uint)address[3] << 24);
    }

    public long Address => _address;

    public AddressFamily AddressFamily => AddressFamily.InterNetwork;

    public static IPAddress Parse(string ipString)
    {
        if (ipString == null)
            throw new ArgumentNullException(nameof(ipString));
        if (!DottedQuad.TryParse(ipString, out uint value))
            throw new FormatException("An invalid IP address was specified.");
        return new IPAddress(value);
    }

    public static bool TryParse(string ipString, out IPAddress address)
    {
        address = DottedQuad.TryParse(ipString, out uint value) ? new IPAddress(value) : null;
        return address != null;
    }

    public static bool IsLoopback(IPAddress address) => (address._address & 0xFF) == 127;

    public byte[] GetAddressBytes() =>
        new[] { (byte)_address, (byte)(_address >> 8), (byte)(_address >> 16), (byte)(_address >> 24) };

    public override string ToString() => DottedQuad.Format(_address);

    public bool Equals(IPAddress other) => other is not null && other._address == _address;

    public override bool Equals(object comparand) => comparand is IPAddress other && Equals(other);

    public override int GetHashCode() => (int)_address;
}
