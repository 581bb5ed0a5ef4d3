// Console: a program's console, with .NET's shape: Write and WriteLine go to the terminal
// of the session that started the program (through the kernel API's print). Input: a
// program started by the monitor's `run` reads the terminal (ReadLine waits for a typed
// line, echoed; Ctrl-D on an empty line ends the input; ReadKey and KeyAvailable read
// single keys); a SPAWNed program has no input, as on .NET with standard input closed:
// ReadLine returns null, IsInputRedirected is true and ReadKey/KeyAvailable throw
// InvalidOperationException with .NET's messages. A break (Ctrl-C) ends a waiting read.
using RalphOS.Programs;

namespace System;

public static unsafe class Console
{
    private const int MaxLineLength = 256;

    public static void Write(string value) => ProgramRuntime.Write(value);

    public static void Write(object value) => ProgramRuntime.Write(value?.ToString());

    public static void Write(char value) => ProgramRuntime.Write(new string(value, 1));

    public static void Write(long value) => ProgramRuntime.Write(value.ToString());

    public static void WriteLine() => ProgramRuntime.Write("\n");

    public static void WriteLine(string value) => ProgramRuntime.Write(string.Concat(value, "\n"));

    public static void WriteLine(object value) => WriteLine(value?.ToString());

    public static void WriteLine(long value) => WriteLine(value.ToString());

    public static string ReadLine()
    {
        char* buffer = stackalloc char[MaxLineLength];
        int length = ProgramRuntime.Api->ReadLine(buffer, MaxLineLength);
        return length < 0 ? null : new string(buffer, 0, length);
    }

    // True when the program has no terminal to read (it was SPAWNed).
    public static bool IsInputRedirected => ProgramRuntime.Api->System.KeyAvailable() < 0;

    public static bool KeyAvailable
    {
        get
        {
            int available = ProgramRuntime.Api->System.KeyAvailable();
            if (available < 0)
                throw new InvalidOperationException("Cannot see if a key has been pressed when either application does not have a console or when console input has been redirected from a file. Try Console.In.Peek.");
            return available > 0;
        }
    }

    public static ConsoleKeyInfo ReadKey() => ReadKey(false);

    // Reads one key; shows it unless intercept (the terminal does not echo by itself).
    public static ConsoleKeyInfo ReadKey(bool intercept)
    {
        int key = ProgramRuntime.Api->System.ReadKey();
        if (key < 0)
            throw new InvalidOperationException("Cannot read keys when either application does not have a console or when console input has been redirected. Try Console.Read.");
        var info = new ConsoleKeyInfo((char)key);
        if (!intercept && key >= ' ')
            Write(info.KeyChar);
        return info;
    }
}
