// Ps2DecoderTests: scan code set 1 to terminal bytes (letters, Shift, Caps Lock, Ctrl-C,
// Enter, Backspace, arrows, releases) and the mouse's 3-byte packets (signs, overflow,
// resynchronising after a lost byte).
using System;
using System.Collections.Generic;
using RalphOS.Kernel.Drivers.Ps2;
using Xunit;

namespace RalphOS.Drivers.Tests;

public class Ps2DecoderTests
{
    private const byte Release = 0x80;
    private const byte LeftShift = 0x2A, Ctrl = 0x1D, CapsLock = 0x3A;
    private const byte KeyA = 0x1E, KeyC = 0x2E, Key1 = 0x02, Key8 = 0x09, Enter = 0x1C, Backspace = 0x0E, Space = 0x39;

    private static string Type(params byte[] codes)
    {
        var decoder = new ScanCodeDecoder();
        var typed = new List<byte>();
        Span<byte> output = stackalloc byte[ScanCodeDecoder.MaxBytesPerKey];
        foreach (byte code in codes)
        {
            int count = decoder.Feed(code, output);
            for (int i = 0; i < count; i++)
                typed.Add(output[i]);
        }
        return new string(typed.ConvertAll(b => (char)b).ToArray());
    }

    [Fact]
    public void LettersDigitsAndSpaceTypeThemselvesOnPress()
    {
        Assert.Equal("a1 ", Type(KeyA, KeyA | Release, Key1, Key1 | Release, Space));
        Assert.Equal("print", Type(0x19, 0x13, 0x17, 0x31, 0x14));
    }

    [Fact]
    public void ShiftGivesCapitalsAndTheUpperSymbolsUntilReleased()
    {
        Assert.Equal("A*a", Type(LeftShift, KeyA, Key8, LeftShift | Release, KeyA));
        Assert.Equal("\"", Type(0x36, 0x28));   // right Shift + quote
    }

    [Fact]
    public void CapsLockTogglesLettersOnlyAndShiftInvertsIt()
    {
        Assert.Equal("A1a", Type(CapsLock, CapsLock | Release, KeyA, Key1, LeftShift, KeyA));
        Assert.Equal("a", Type(CapsLock, CapsLock | Release, CapsLock, CapsLock | Release, KeyA));
    }

    [Fact]
    public void CtrlLetterIsAControlCharacterSoCtrlCBreaks()
    {
        Assert.Equal("\u0003", Type(Ctrl, KeyC));
        Assert.Equal("\u0003", Type(0xE0, Ctrl, KeyC));                  // right Ctrl
        Assert.Equal("c", Type(Ctrl, Ctrl | Release, KeyC));
    }

    [Fact]
    public void EnterBackspaceAndArrowsGiveTerminalBytes()
    {
        Assert.Equal("\r\b", Type(Enter, Backspace));
        Assert.Equal("\u001b[A\u001b[B\u001b[C\u001b[D", Type(0xE0, 0x48, 0xE0, 0x50, 0xE0, 0x4D, 0xE0, 0x4B));
        Assert.Equal("", Type(0xE0, 0x48 | Release));
        Assert.Equal("\r", Type(0xE0, 0x1C));                             // keypad Enter
    }

    private static List<MouseMovement> Decode(params byte[] bytes)
    {
        var decoder = new MousePacketDecoder();
        var moves = new List<MouseMovement>();
        foreach (byte value in bytes)
        {
            if (decoder.Feed(value, out MouseMovement movement))
                moves.Add(movement);
        }
        return moves;
    }

    [Fact]
    public void PacketsCarryNineBitSignedMovesAndButtons()
    {
        List<MouseMovement> moves = Decode(0x09, 5, 3, 0x38, 0xFB, 0xFE);
        Assert.Equal(2, moves.Count);
        Assert.Equal((5, -3, true), (moves[0].DeltaX, moves[0].DeltaY, moves[0].Left));   // up on the mouse is up on screen
        Assert.Equal((-5, 2, false), (moves[1].DeltaX, moves[1].DeltaY, moves[1].Left));
    }

    [Fact]
    public void OverflowKeepsButtonsButMovesNothing()
    {
        MouseMovement move = Decode(0x4A, 0xFF, 0x10)[0];
        Assert.Equal((0, 0, true), (move.DeltaX, move.DeltaY, move.Right));
    }

    [Fact]
    public void AStreamThatLostAByteFindsThePacketsAgain()
    {
        // The first packet lost its first byte: 5 and 3 cannot start a packet (bit 3 clear).
        var decoder = new MousePacketDecoder();
        var moves = new List<MouseMovement>();
        foreach (byte value in new byte[] { 5, 3, 0x08, 1, 1, 0x08, 2, 2 })
        {
            if (decoder.Feed(value, out MouseMovement movement))
                moves.Add(movement);
        }
        Assert.Equal(2, moves.Count);
        Assert.Equal((1, -1), (moves[0].DeltaX, moves[0].DeltaY));
        Assert.Equal((2, -2), (moves[1].DeltaX, moves[1].DeltaY));
        Assert.Equal(2UL, decoder.DroppedBytes);
    }
}
