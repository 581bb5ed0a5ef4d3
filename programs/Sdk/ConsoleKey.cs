// ConsoleKey: the keys Console.ReadKey tells apart, with .NET's names and values (a serial
// terminal sends characters, so only the keys that are characters are here).
namespace System;

public enum ConsoleKey
{
    None = 0,
    Backspace = 8,
    Tab = 9,
    Enter = 13,
    Escape = 27,
    Spacebar = 32,
    D0 = 48, D1, D2, D3, D4, D5, D6, D7, D8, D9,
    A = 65, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z,
}
