// SynCookies: stateless SYN-ACKs for a listener whose half-open backlog is full (RFC 4987
// section 3.6, the classic encoding). Our initial sequence number carries everything the
// connection needs, so a flood of SYNs from addresses that never answer costs no socket:
//   bits 31..27  a 64-second time counter, modulo 32
//   bits 26..24  an index into MssTable (the largest entry not above the peer's MSS)
//   bits 23..0   a keyed hash of the four-tuple, the client's ISN, the full counter and the index
// The final ACK acknowledges cookie + 1; Check recomputes the hash and accepts it for up to
// MaxAgeTicks counter steps. SocketTable calls Encode on SYNs and Check on unmatched ACKs.
// The hash is a keyed integer mixer (not a cryptographic MAC): it stops blind guessing from
// off-path senders, which is what a cookie has to do, with a secret chosen at start-up.
using RalphOS.Net.Wire;

namespace RalphOS.Net.Tcp;

public sealed class SynCookies
{
    /// <summary>Length of one counter step (RFC 4987 3.6 suggests a slowly increasing counter;
    /// 64 s is the classic choice).</summary>
    public const int TickMs = 64_000;
    /// <summary>A cookie is good in the step it was made and the next one: 64 to 128 s.</summary>
    public const int MaxAgeTicks = 1;
    const int CounterShift = 27;
    const int MssShift = 24;
    const uint HashMask = 0x00FF_FFFFu;
    const uint CounterMask = 31;
    const uint MssIndexMask = 7;

    /// <summary>The eight MSS values a cookie can carry (3 bits): common path MTUs minus 40.
    /// Entry 0 is RFC 9293's default of 536 for peers that send no MSS option.</summary>
    public static readonly ushort[] MssTable = { 536, 1024, 1200, 1220, 1360, 1400, 1440, 1460 };

    readonly uint _secret0;
    readonly uint _secret1;

    public SynCookies(uint seed)
    {
        _secret0 = Mix(seed ^ 0x5359_4E43u);       // "SYNC"
        _secret1 = Mix(_secret0 ^ 0x4F4F_4B49u);   // "OOKI"
    }

    /// <summary>The MSS a peer that announced peerMss gets: the largest table entry not above it.</summary>
    public static int MssIndexFor(ushort peerMss)
    {
        int index = 0;
        for (int i = 1; i < MssTable.Length; i++)
            if (MssTable[i] <= peerMss) index = i;
        return index;
    }

    /// <summary>The cookie to send as our ISN in a SYN-ACK answering the client's SYN.</summary>
    public uint Encode(Ipv4Address local, ushort localPort, Ipv4Address remote, ushort remotePort,
        uint clientIsn, ushort peerMss, long nowMs)
    {
        uint counter = Counter(nowMs);
        uint index = (uint)MssIndexFor(peerMss);
        uint hash = Hash(local, localPort, remote, remotePort, clientIsn, counter, index);
        return (counter & CounterMask) << CounterShift | index << MssShift | hash;
    }

    /// <summary>Checks the cookie acknowledged by a final ACK (its acknowledgment number minus
    /// one; the client's ISN is its sequence number minus one). On Valid, mss is the MSS the
    /// SYN asked for, as the table rounds it.</summary>
    public SynCookieCheck Check(Ipv4Address local, ushort localPort, Ipv4Address remote, ushort remotePort,
        uint clientIsn, uint cookie, long nowMs, out ushort mss)
    {
        mss = 0;
        uint now = Counter(nowMs);
        uint age = (now - (cookie >> CounterShift)) & CounterMask;
        if (age > MaxAgeTicks) return SynCookieCheck.Expired;
        uint counter = now - age;
        uint index = cookie >> MssShift & MssIndexMask;
        if ((cookie & HashMask) != Hash(local, localPort, remote, remotePort, clientIsn, counter, index))
            return SynCookieCheck.BadHash;
        mss = MssTable[index];
        return SynCookieCheck.Valid;
    }

    static uint Counter(long nowMs) => (uint)(nowMs / TickMs);

    uint Hash(Ipv4Address local, ushort localPort, Ipv4Address remote, ushort remotePort, uint clientIsn, uint counter, uint index)
    {
        uint h = Mix(_secret0 ^ remote.Value);
        h = Mix(h ^ local.Value);
        h = Mix(h ^ ((uint)remotePort << 16 | localPort));
        h = Mix(h ^ clientIsn ^ _secret1);
        h = Mix(h ^ counter ^ index << 29);
        return h & HashMask;
    }

    // A 32-bit integer finaliser: every input bit flips about half the output bits.
    static uint Mix(uint x)
    {
        x ^= x >> 16; x *= 0x7FEB352Du; x ^= x >> 15; x *= 0x846CA68Bu; x ^= x >> 16;
        return x;
    }
}
