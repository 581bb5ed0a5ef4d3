// DottedQuadTests: the program SDK's IPv4 text parser and formatter (programs/Sdk/Net/
// DottedQuad.cs, behind IPAddress.Parse/ToString): the value is .NET's IPAddress.Address
// (first octet in the low byte), and anything but four decimal parts of 0-255 is refused.
using RalphOS.Programs.Net;
using Xunit;

namespace RalphOS.Programs.Tests;

public class DottedQuadTests
{
    [Theory]
    [InlineData("10.0.2.2", 0x0202000Au)]
    [InlineData("127.0.0.1", 0x0100007Fu)]
    [InlineData("0.0.0.0", 0u)]
    [InlineData("255.255.255.255", 0xFFFFFFFFu)]
    public void ParsesAsDotNetStoresTheAddress(string text, uint expected)
    {
        Assert.True(DottedQuad.TryParse(text, out uint address));
        Assert.Equal(expected, address);
        Assert.Equal(expected, (uint)System.Net.IPAddress.Parse(text).Address);
    }

    [Theory]
    [InlineData("")]
    [InlineData("10.0.2")]
    [InlineData("10.0.2.2.5")]
    [InlineData("10.0.2.256")]
    [InlineData("10..2.2")]
    [InlineData("10.0.2.2 ")]
    [InlineData("-1.0.0.0")]
    [InlineData("1.2.3.0004")]
    [InlineData("example.com")]
    [InlineData(null)]
    public void RefusesWhatIsNotADottedQuad(string text)
    {
        Assert.False(DottedQuad.TryParse(text, out _));
    }

    [Theory]
    [InlineData("10.0.2.15")]
    [InlineData("0.0.0.0")]
    [InlineData("255.1.20.3")]
    public void FormatsWhatItParsed(string text)
    {
        Assert.True(DottedQuad.TryParse(text, out uint address));
        Assert.Equal(text, DottedQuad.Format(address));
    }
}
