// System.Char: a UTF-16 code unit. The classification helpers live in Char.Classification.cs.
namespace System;

public struct Char
{
    private char _value;

}
