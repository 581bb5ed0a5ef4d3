// Bytes: deterministic test payloads.
namespace RalphOS.Net.Tests.Support;

public static class Bytes
{
    public static byte[] Pattern(int length, int seed)
    {
        var data = new byte[length];
        uint x = (uint)seed * 2654435761u + 1;
        for (int i = 0; i < length; i++) { x ^= x << 13; x ^= x >> 17; x ^= x << 5; data[i] = (byte)x; }
        return data;
    }
}
