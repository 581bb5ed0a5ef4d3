// DottedQuad: IPv4 text ("10.0.2.2") to and from the address value the kernel API uses
// (first octet in the low byte, as .NET's IPAddress.Address). Strict: four decimal parts of
// 0-255, at most three digits each, nothing else. IPAddress.Parse/ToString call it; it has no
// other dependency, so host tests compile it too (tests/RalphOS.Programs.Tests).
namespace RalphOS.Programs.Net;

public static class DottedQuad
{
    public static bool TryParse(string text, out uint address)
    {
        address = 0;
        if (text == null)
            return false;
        int part = 0, digits = 0, value = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '.')
            {
                if (digits == 0 || part > 3)
                    return false;
                address |= (uint)value << (8 * part);
                part++;
                digits = 0;
                value = 0;
                continue;
            }
            char c = text[i];
            if (c < '0' || c > '9' || ++digits > 3)
                return false;
            value = value * 10 + (c - '0');
            if (value > 255)
                return false;
        }
        return part == 4;
    }

    public static string Format(uint address) =>
        $"{address & 0xFF}.{(address >> 8) & 0xFF}.{(address >> 16) & 0xFF}.{address >> 24}";
}
