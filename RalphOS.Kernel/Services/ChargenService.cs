// ChargenService: one client of the character generator (RFC 864): lines of rotating
// printable characters, sent until the client closes its side. TcpServiceHost builds the
// block once per service task and calls Serve for each accepted connection.
using System;
using RalphOS.Kernel.Network;
using RalphOS.Net.Iface;

namespace RalphOS.Kernel.Services;

internal static class ChargenService
{
    private const ulong IdleTimeoutMs = 60_000;
    private const int WouldBlock = -1;

    // RFC 864: 72 characters a line, from the 95 printable ASCII characters (32 to 126),
    // each line starting one character further along.
    private const int LineLength = 72;
    private const int FirstCharacter = 32;
    private const int CharacterCount = 95;

    // Sends the block again and again; the client ends it by closing its side (anything
    // it sends meanwhile is read and dropped, as RFC 864 says).
    public static void Serve(NetStack stack, int connection, byte[] block)
    {
        Span<byte> ignored = stackalloc byte[64];
        while (NetworkService.Sockets.SendAll(stack, connection, block, IdleTimeoutMs, BreakPolicy.Continue) == block.Length)
        {
            int count;
            while ((count = stack.TcpReceive(connection, ignored)) > 0) { }
            if (count != WouldBlock)
                return; // 0: the client has closed; below -1: an error
        }
    }

    // One full cycle of RFC 864 lines (95 lines), so the block repeats seamlessly.
    public static byte[] Block()
    {
        const int lineBytes = LineLength + 2;
        byte[] block = new byte[CharacterCount * lineBytes];
        for (int line = 0; line < CharacterCount; line++)
        {
            for (int i = 0; i < LineLength; i++)
                block[line * lineBytes + i] = (byte)(FirstCharacter + (line + i) % CharacterCount);
            block[line * lineBytes + LineLength] = (byte)'\r';
            block[line * lineBytes + LineLength + 1] = (byte)'\n';
        }
        return block;
    }
}
