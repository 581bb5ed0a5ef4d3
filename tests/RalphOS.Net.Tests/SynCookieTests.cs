// SynCookieTests: the cookie encoding of SynCookies on its own (RFC 4987 3.6): a cookie
// checks out with the MSS it carries, lives one more 64-second step and then expires, and
// any change to the four-tuple, the client's ISN, the hash bits or the secret rejects it.
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;
using Xunit;

namespace RalphOS.Net.Tests;

public class SynCookieTests
{
    static readonly Ipv4Address Local = new Ipv4Address(10, 0, 2, 15);
    static readonly Ipv4Address Remote = new Ipv4Address(10, 0, 2, 1);
    const ushort LocalPort = 23;
    const ushort RemotePort = 40000;
    const uint ClientIsn = 0x12345678;
    const long Now = 5_000_000;

    [Theory]
    [InlineData(1460, 1460)]
    [InlineData(1300, 1220)]
    [InlineData(9000, 1460)]
    [InlineData(0, 536)]
    [InlineData(100, 536)]
    public void AValidCookieChecksOutWithTheMssItCarries(int peerMss, int expectedMss)
    {
        var cookies = new SynCookies(7);
        uint cookie = cookies.Encode(Local, LocalPort, Remote, RemotePort, ClientIsn, (ushort)peerMss, Now);
        Assert.Equal(SynCookieCheck.Valid, cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn, cookie, Now + 10, out ushort mss));
        Assert.Equal(expectedMss, mss);
    }

    [Fact]
    public void ACookieLivesOneMoreStepThenExpires()
    {
        var cookies = new SynCookies(7);
        long start = 10 * SynCookies.TickMs + SynCookies.TickMs - 1; // the last millisecond of a step
        uint cookie = cookies.Encode(Local, LocalPort, Remote, RemotePort, ClientIsn, 1460, start);
        Assert.Equal(SynCookieCheck.Valid, cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn, cookie, start + SynCookies.TickMs, out _));
        Assert.Equal(SynCookieCheck.Expired, cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn, cookie, start + 2 * SynCookies.TickMs, out _));
        // 32 steps later the 5-bit counter has wrapped: the hash over the full counter still says no.
        Assert.NotEqual(SynCookieCheck.Valid, cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn, cookie, start + 32L * SynCookies.TickMs, out _));
    }

    [Fact]
    public void ACookieFromTheFutureIsExpired()
    {
        var cookies = new SynCookies(7);
        uint cookie = cookies.Encode(Local, LocalPort, Remote, RemotePort, ClientIsn, 1460, Now + 3 * SynCookies.TickMs);
        Assert.Equal(SynCookieCheck.Expired, cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn, cookie, Now, out _));
    }

    [Fact]
    public void EveryFlippedHashBitIsRejected()
    {
        var cookies = new SynCookies(7);
        uint cookie = cookies.Encode(Local, LocalPort, Remote, RemotePort, ClientIsn, 1460, Now);
        for (int bit = 0; bit < 24; bit++)
            Assert.Equal(SynCookieCheck.BadHash, cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn, cookie ^ (1u << bit), Now, out _));
        // A changed MSS index (bits 24..26) changes the hash input too.
        Assert.Equal(SynCookieCheck.BadHash, cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn, cookie ^ (1u << 24), Now, out _));
    }

    [Fact]
    public void ACookieIsBoundToItsConnectionAndSecret()
    {
        var cookies = new SynCookies(7);
        uint cookie = cookies.Encode(Local, LocalPort, Remote, RemotePort, ClientIsn, 1460, Now);
        Assert.Equal(SynCookieCheck.BadHash, cookies.Check(Local, LocalPort, new Ipv4Address(10, 0, 2, 2), RemotePort, ClientIsn, cookie, Now, out _));
        Assert.Equal(SynCookieCheck.BadHash, cookies.Check(Local, LocalPort, Remote, RemotePort + 1, ClientIsn, cookie, Now, out _));
        Assert.Equal(SynCookieCheck.BadHash, cookies.Check(Local, 80, Remote, RemotePort, ClientIsn, cookie, Now, out _));
        Assert.Equal(SynCookieCheck.BadHash, cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn + 1, cookie, Now, out _));
        Assert.Equal(SynCookieCheck.BadHash, new SynCookies(8).Check(Local, LocalPort, Remote, RemotePort, ClientIsn, cookie, Now, out _));
    }

    [Fact]
    public void GuessingRarelyWorks()
    {
        // 24 hash bits: of 100,000 random guesses with a fresh counter, next to none passes.
        var cookies = new SynCookies(7);
        var random = new System.Random(3);
        int valid = 0;
        uint counterBits = (uint)(Now / SynCookies.TickMs % 32) << 27;
        for (int i = 0; i < 100_000; i++)
        {
            uint guess = counterBits | (uint)random.Next() & 0x07FF_FFFFu;
            if (cookies.Check(Local, LocalPort, Remote, RemotePort, ClientIsn, guess, Now, out _) == SynCookieCheck.Valid) valid++;
        }
        Assert.True(valid <= 2, $"{valid} guesses passed");
    }
}
