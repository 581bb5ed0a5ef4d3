// Console: a program's console, with .NET's shape: Write and WriteLine go to the terminal
// of the session that started the program (through the kernel API's print), ReadLine reads
// a typed line or returns null when the program has no input (a spawned program has
// none, as on .NET when standard input is closed).
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
}
