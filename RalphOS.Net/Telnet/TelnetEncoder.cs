// TelnetEncoder: terminal output to NVT wire bytes (RFC 854). '\n' becomes CR LF, a CR LF
// pair stays CR LF, any other CR becomes CR NUL (a bare CR must be followed by NUL), and the
// byte 255 is doubled to IAC IAC so the client reads it as data. Output goes into a caller
// span in bounded chunks: each call reports text consumed and wire bytes written, so text of
// any length streams through a small buffer. Stateless; the telnet server calls it for every
// terminal write. A CR that ends one call's text is sent as CR NUL (we cannot see the next
// byte), so a CR LF split across calls shows as CR NUL CR LF, which displays the same.
using System;

namespace RalphOS.Net.Telnet;

public static class TelnetEncoder
{
    /// <summary>Encodes bytes of terminal text. Stops when text is used up or the next unit
    /// does not fit whole in wire (so wire needs at least 2 bytes to guarantee progress).</summary>
    public static TelnetOutputResult Encode(ReadOnlySpan<byte> text, Span<byte> wire)
    {
        int read = 0;
        int written = 0;
        while (read < text.Length)
        {
            byte next = read + 1 < text.Length ? text[read + 1] : (byte)0;
            int used = EncodeOne(text[read], read + 1 < text.Length, next, wire, ref written);
            if (used == 0) break;
            read += used;
        }
        return new TelnetOutputResult(read, written);
    }

    /// <summary>Encodes chars of a string from start on (as the BASIC console writes them).
    /// Chars from 0x80 up become '?', as on the serial console: the NVT is 7-bit ASCII.</summary>
    public static TelnetOutputResult Encode(string text, int start, Span<byte> wire)
    {
        int read = start < 0 ? 0 : start;
        int written = 0;
        while (read < text.Length)
        {
            bool hasNext = read + 1 < text.Length;
            byte next = hasNext ? ToAscii(text[read + 1]) : (byte)0;
            int used = EncodeOne(ToAscii(text[read]), hasNext, next, wire, ref written);
            if (used == 0) break;
            read += used;
        }
        return new TelnetOutputResult(read - (start < 0 ? 0 : start), written);
    }

    static byte ToAscii(char c) => c < 0x80 ? (byte)c : (byte)'?';

    // Writes one text unit; returns text units used (0 when it does not fit).
    static int EncodeOne(byte value, bool hasNext, byte next, Span<byte> wire, ref int written)
    {
        int room = wire.Length - written;
        if (value == TelnetConstants.LineFeed || value == TelnetConstants.CarriageReturn)
        {
            if (room < 2) return 0;
            wire[written] = TelnetConstants.CarriageReturn;
            bool pair = value == TelnetConstants.CarriageReturn && hasNext && next == TelnetConstants.LineFeed;
            wire[written + 1] = value == TelnetConstants.LineFeed || pair
                ? TelnetConstants.LineFeed
                : TelnetConstants.Nul;
            written += 2;
            return pair ? 2 : 1;
        }
        if (value == TelnetConstants.Iac)
        {
            if (room < 2) return 0;
            wire[written] = TelnetConstants.Iac;
            wire[written + 1] = TelnetConstants.Iac;
            written += 2;
            return 1;
        }
        if (room < 1) return 0;
        wire[written] = value;
        written++;
        return 1;
    }
}
