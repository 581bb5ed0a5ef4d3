// IPv4Text: dotted-quad text ("10.0.2.2") to an address, rejecting anything else.
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.Network;

internal static class IPv4Text
{
    public static bool TryParse(string text, out Ipv4Address address)
    {
        address = default;
        if (text == null)
            return false;
        string[] parts = text.Trim().Split('.');
        if (parts.Length != 4)
            return false;
        uint value = 0;
        for (int i = 0; i < 4; i++)
        {
            if (parts[i].Length == 0 || parts[i].Length > 3 || !int.TryParse(parts[i], out int part) || part < 0 || part > 255)
                return false;
            value = (value << 8) | (uint)part;
        }
        address = new Ipv4Address(value);
        return true;
    }
}
