// SeqNumber: comparisons in the 32-bit TCP sequence space, modulo 2^32 (RFC 9293 section
// 3.4: "all arithmetic dealing with sequence numbers must be performed modulo 2**32").
namespace RalphOS.Net.Tcp;

public static class SeqNumber
{
    public static bool Lt(uint a, uint b) => (int)(a - b) < 0;
    public static bool Le(uint a, uint b) => (int)(a - b) <= 0;
    public static bool Gt(uint a, uint b) => (int)(a - b) > 0;
    public static bool Ge(uint a, uint b) => (int)(a - b) >= 0;
    /// <summary>a - b as a signed distance.</summary>
    public static int Diff(uint a, uint b) => (int)(a - b);
    public static uint Max(uint a, uint b) => Gt(a, b) ? a : b;
}
