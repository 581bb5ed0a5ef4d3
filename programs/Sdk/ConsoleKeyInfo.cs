// ConsoleKeyInfo: one key Console.ReadKey read, as .NET's: the character and the key
// (ConsoleKey) it stands for; letters map to their key whatever their case.
namespace System;

public readonly struct ConsoleKeyInfo
{
    private const char Delete = '\u007f';   // what most terminals send for Backspace

    public ConsoleKeyInfo(char keyChar)
    {
        KeyChar = keyChar == '\n' ? '\r' : keyChar;
        Key = KeyOf(KeyChar);
    }

    public char KeyChar { get; }

    public ConsoleKey Key { get; }

    private static ConsoleKey KeyOf(char c)
    {
        if (c >= 'a' && c <= 'z')
            return (ConsoleKey)(c - 'a' + 'A');
        if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            return (ConsoleKey)c;
        return c switch
        {
            '\b' or Delete => ConsoleKey.Backspace,
            '\t' => ConsoleKey.Tab,
            '\r' => ConsoleKey.Enter,
            '\u001b' => ConsoleKey.Escape,
            ' ' => ConsoleKey.Spacebar,
            _ => ConsoleKey.None,
        };
    }
}
