// DnsFuzzTests: the reply parser against seeded random and mutated replies. Whatever the
// bytes, Parse returns a status (never throws, never loops), and an Ok answer holds 1 to
// MaxAddresses addresses.
using System;
using RalphOS.Net.Dns;
using Xunit;

namespace RalphOS.Net.Tests.Dns;

public class DnsFuzzTests
{
    private const ushort Id = 0x4242;

    private static byte[][] Seeds() => new[]
    {
        new DnsReplyBuilder(Id, "web.test").A("web.test", "10.0.2.2").Bytes,
        new DnsReplyBuilder(Id, "www.test").Cname("www.test", "web.test").A("web.test", "10.0.2.2").A("web.test", "10.0.2.4").Bytes,
        new DnsReplyBuilder(Id, "a.b.c.test").Cname("a.b.c.test", "b.c.test").Cname("b.c.test", "c.test").A("c.test", "1.1.1.1").Bytes,
    };

    [Fact]
    public void MutatedRepliesNeverCrashTheParser()
    {
        var random = new Random(1035);
        var answer = new DnsAnswer();
        int ok = 0;
        foreach (byte[] seed in Seeds())
        {
            string name = seed.Length > 0 && DnsName.Read(seed, 12, out string asked, out _) ? asked : "web.test";
            for (int round = 0; round < 20_000; round++)
            {
                byte[] message = (byte[])seed.Clone();
                int flips = 1 + random.Next(6);
                for (int f = 0; f < flips; f++)
                {
                    int at = random.Next(message.Length);
                    message[at] = random.Next(4) == 0 ? (byte)(0xC0 | random.Next(4)) : (byte)random.Next(256);
                }
                message[0] = Id >> 8;
                message[1] = Id & 0xFF;
                int length = random.Next(3) == 0 ? random.Next(message.Length + 1) : message.Length;
                DnsStatus status = DnsReply.Parse(message.AsSpan(0, length), Id, name, answer);
                if (status == DnsStatus.Ok)
                {
                    ok++;
                    Assert.InRange(answer.Count, 1, DnsAnswer.MaxAddresses);
                }
            }
        }
        Assert.True(ok > 0, "some mutations should still parse");
    }

    [Fact]
    public void RandomBytesNeverCrashTheParser()
    {
        var random = new Random(53);
        var answer = new DnsAnswer();
        for (int round = 0; round < 50_000; round++)
        {
            var message = new byte[random.Next(600)];
            random.NextBytes(message);
            if (message.Length >= 2) { message[0] = Id >> 8; message[1] = Id & 0xFF; }
            DnsReply.Parse(message, Id, "web.test", answer);
            DnsName.Read(message, Math.Min(12, message.Length), out _, out _);
        }
    }
}
