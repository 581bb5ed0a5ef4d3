// Utf8TextTests: the SDK's UTF-8 (programs/Sdk/Utf8Text.cs, what File.ReadAllText and
// WriteAllText use in a program, and nc and httpd on the wire) against host .NET's
// UTF8Encoding: the same bytes for ASCII, two-, three- and four-byte characters; lone
// surrogates and malformed bytes become U+FFFD as .NET's replacement fallback makes them;
// a byte-order mark is skipped by Decode(bytes), kept by a slice's decoding.
using System.Text;
using RalphOS.Programs;
using Xunit;

namespace RalphOS.Programs.Tests;

public class Utf8TextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("plain ASCII\n")]
    [InlineData("caf\u00e9 \u00fcber \u00df")]
    [InlineData("\u20ac \u4e2d\u6587 \uffef")]
    [InlineData("\ud83d\ude00 smile")]
    public void EncodesAsDotnetAndDecodesBack(string text)
    {
        byte[] bytes = Utf8Text.Encode(text);
        Assert.Equal(new UTF8Encoding(false).GetBytes(text), bytes);
        Assert.Equal(text, Utf8Text.Decode(bytes));
    }

    [Fact]
    public void LoneSurrogatesAndMalformedBytesBecomeReplacementCharacters()
    {
        Assert.Equal(new UTF8Encoding(false).GetBytes("a\ufffdb"), Utf8Text.Encode("a\ud800b"));
        var malformed = new byte[] { (byte)'x', 0xC3, (byte)'y', 0xFF, 0xE2, 0x82 };
        Assert.Equal(new UTF8Encoding(false).GetString(malformed), Utf8Text.Decode(malformed));
        var surrogateAndOverlong = new byte[] { 0xED, 0xA0, 0x80, 0xE0, 0x80, 0xAF, 0xF4, 0x90, 0x80, 0x80, 0xF0, 0x9F, 0x98 };
        Assert.Equal(new UTF8Encoding(false).GetString(surrogateAndOverlong), Utf8Text.Decode(surrogateAndOverlong));
        Assert.Equal("x\ufffdy\ufffd", Utf8Text.Decode(new byte[] { (byte)'x', 0xC3, (byte)'y', 0xFF }));
        // An overlong encoding of '/' is not '/'.
        Assert.DoesNotContain("/", Utf8Text.Decode(new byte[] { 0xC0, 0xAF }));
    }

    [Fact]
    public void AByteOrderMarkIsSkipped()
    {
        Assert.Equal("hi", Utf8Text.Decode(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i' }));
    }

    [Fact]
    public void ASliceDecodesAsEncodingUtf8GetString()
    {
        byte[] bytes = { (byte)'a', 0xFF, (byte)'b', 0xC3, (byte)'c', 0xE2, 0x82 };
        Assert.Equal(new UTF8Encoding(false).GetString(bytes, 0, bytes.Length), Utf8Text.Decode(bytes, 0, bytes.Length));
        Assert.Equal("b", Utf8Text.Decode(bytes, 2, 1));
        // A sequence cut by the slice's end is malformed, not read past it.
        byte[] euro = Encoding.UTF8.GetBytes("x€");
        Assert.Equal("x�", Utf8Text.Decode(euro, 0, 3));
        byte[] marked = { 0xEF, 0xBB, 0xBF, (byte)'h' };
        Assert.Equal(new UTF8Encoding(false).GetString(marked, 0, 4), Utf8Text.Decode(marked, 0, 4));
    }
}
