// ScanCodeDecoder: turns PS/2 keyboard scan codes (set 1, what the i8042 delivers with
// translation on) into the bytes a serial terminal would send, so keyboard input takes
// the console's existing path: letters, digits and punctuation with Shift and Caps Lock,
// Ctrl+letter as control characters (Ctrl-C is 0x03, the break), Enter as CR, Backspace
// as 0x08, Tab, Esc, and the arrows as ANSI sequences (ESC [ A..D). Key releases only
// update the modifiers. Tables: IBM PC/AT keyboard, scan code set 1. Pure: Ps2Keyboard
// feeds it from IRQ 1; it never allocates. Host-tested.
using System;

namespace RalphOS.Kernel.Drivers.Ps2;

internal sealed class ScanCodeDecoder
{
    public const int MaxBytesPerKey = 3;
    private const byte ExtendedPrefix = 0xE0;
    private const byte ReleaseBit = 0x80;
    private const byte LeftShift = 0x2A, RightShift = 0x36, Control = 0x1D, CapsLock = 0x3A;
    private const byte ArrowUp = 0x48, ArrowLeft = 0x4B, ArrowRight = 0x4D, ArrowDown = 0x50;
    private const byte KeypadEnter = 0x1C;
    private const byte Escape = 0x1B;

    // Scan codes 0x00-0x39 without and with Shift; 0 where the key gives no character.
    private const string Plain =
        "\0\x1b" + "1234567890-=\b\t" + "qwertyuiop[]\r\0" + "asdfghjkl;'`\0\\" + "zxcvbnm,./\0*\0 ";
    private const string Shifted =
        "\0\x1b" + "!@#$%^&*()_+\b\t" + "QWERTYUIOP{}\r\0" + "ASDFGHJKL:\"~\0|" + "ZXCVBNM<>?\0*\0 ";

    private bool _leftShift, _rightShift, _control, _capsLock, _extended;

    public bool Shift => _leftShift || _rightShift;
    public bool ControlDown => _control;
    public bool CapsLockOn => _capsLock;

    // Feeds one scan code; writes the bytes it types (0 to 3) into output, returns how many.
    public int Feed(byte code, Span<byte> output)
    {
        if (code == ExtendedPrefix)
        {
            _extended = true;
            return 0;
        }
        bool extended = _extended;
        _extended = false;
        bool released = (code & ReleaseBit) != 0;
        byte key = (byte)(code & ~ReleaseBit);

        if (key == Control)
        {
            _control = !released;   // left Ctrl, or right Ctrl with the prefix
            return 0;
        }
        if (!extended && key == LeftShift)
        {
            _leftShift = !released;
            return 0;
        }
        if (!extended && key == RightShift)
        {
            _rightShift = !released;
            return 0;
        }
        if (released)
            return 0;
        if (key == CapsLock && !extended)
        {
            _capsLock = !_capsLock;
            return 0;
        }
        if (extended)
            return DecodeExtended(key, output);
        if (key >= Plain.Length)
            return 0;

        char c = Shift ? Shifted[key] : Plain[key];
        if (c == '\0')
            return 0;
        if (_capsLock && char.IsLetter(c))
            c = Shift ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
        if (_control && char.IsLetter(c))
            c = (char)(char.ToUpperInvariant(c) - '@');   // Ctrl-A = 1 ... Ctrl-Z = 26
        output[0] = (byte)c;
        return 1;
    }

    private static int DecodeExtended(byte key, Span<byte> output)
    {
        char arrow = key switch
        {
            ArrowUp => 'A',
            ArrowDown => 'B',
            ArrowRight => 'C',
            ArrowLeft => 'D',
            _ => '\0',
        };
        if (arrow != '\0')
        {
            output[0] = Escape;
            output[1] = (byte)'[';
            output[2] = (byte)arrow;
            return 3;
        }
        if (key == KeypadEnter)
        {
            output[0] = (byte)'\r';
            return 1;
        }
        return 0;
    }
}
