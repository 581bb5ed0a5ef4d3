// System.Void: the type of "no value", needed by the compiler's metadata.
namespace System;

public struct Void
{
}
