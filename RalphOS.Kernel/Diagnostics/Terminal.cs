// Terminal: text output to the serial console, usable from any context including a panic:
// the Write* methods here never allocate. "\n" is sent as CR LF for terminals in raw mode.
// Input comes from SerialInput's buffer once interrupts are on, polled before that.
using RalphOS.Kernel.Drivers.Serial;

namespace RalphOS.Kernel.Diagnostics;

internal static unsafe class Terminal
{
    private static Uart16550 _uart;
    private static bool _attached;

    // Also shows the output on the screen (ScreenConsole), once the screen is set up.
    public static delegate*<char, void> Mirror;

    public static void Attach(Uart16550 uart)
    {
        _uart = uart;
        _attached = true;
    }

    public static void Write(char c)
    {
        if (!_attached)
            return;
        if (c == '\n')
            _uart.Write((byte)'\r');
        _uart.Write(c < 0x80 ? (byte)c : (byte)'?');
        if (Mirror != null)
            Mirror(c);
    }

    public static void Write(string text)
    {
        if (text == null)
            return;
        for (int i = 0; i < text.Length; i++)
            Write(text[i]);
    }

    public static void WriteLine(string text)
    {
        Write(text);
        Write('\n');
    }

    public static void WriteLine() => Write('\n');

    // A NUL-terminated ASCII string (symbol names live in the image as such).
    public static void WriteAscii(byte* text, int maxLength)
    {
        for (int i = 0; i < maxLength && text[i] != 0; i++)
            Write((char)text[i]);
    }

    public static void WriteDecimal(ulong value)
    {
        char* digits = stackalloc char[20];
        int count = 0;
        do
        {
            digits[count++] = (char)('0' + (int)(value % 10));
            value /= 10;
        } while (value != 0);
        while (count > 0)
            Write(digits[--count]);
    }

    // Fixed-width hexadecimal with a 0x prefix (16 digits shows a full 64-bit value).
    public static void WriteHex(ulong value, int digits = 16)
    {
        Write('0');
        Write('x');
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        {
            int nibble = (int)((value >> shift) & 0xF);
            Write((char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10));
        }
    }

    // The next input byte: from the interrupt-fed buffer once SerialInput runs, else polled.
    public static bool TryRead(out byte value)
    {
        if (SerialInput.IsStarted)
            return SerialInput.TryRead(out value);
        return TryReadHardware(out value);
    }

    public static bool TryReadHardware(out byte value)
    {
        if (!_attached)
        {
            value = 0;
            return false;
        }
        return _uart.TryRead(out value);
    }

    public static void EnableReceiveInterrupt() => _uart.EnableReceiveInterrupt();
}
