// Utf8TextTests: the program SDK's UTF-8 conversion (programs/Sdk/Net/Utf8Text.cs, what nc
// and httpd put on the wire) agrees with .NET's Encoding.UTF8, ASCII, two-, three- and
// four-byte sequences alike, and turns malformed input into U+FFFD instead of failing.
using System.Text;
using RalphOS.Programs.Net;
using Xunit;

namespace RalphOS.Programs.Tests;

public class Utf8TextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("GET / HTTP/1.1\r\n")]
    [InlineData("héllo wörld")]
    [InlineData("price: 5 € – ok")]
    [InlineData("clef \U0001D11E and emoji \U0001F600")]
    public void EncodesAndDecodesAsDotNet(string text)
    {
        byte[] expected = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, Utf8Text.GetBytes(text));
        Assert.Equal(text, Utf8Text.GetString(expected, 0, expected.Length));
    }

    [Fact]
    public void MalformedBytesBecomeReplacementCharacters()
    {
        byte[] bytes = { (byte)'a', 0xFF, (byte)'b', 0xC3, (byte)'c', 0xE2, 0x82 };
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFD\uFFFD", Utf8Text.GetString(bytes, 0, bytes.Length));
        Assert.Equal("b", Utf8Text.GetString(bytes, 2, 1));
    }

    [Fact]
    public void ALoneSurrogateIsEncodedAsTheReplacementCharacter()
    {
        Assert.Equal(new byte[] { (byte)'x', 0xEF, 0xBF, 0xBD }, Utf8Text.GetBytes("x\uD800"));
    }
}
