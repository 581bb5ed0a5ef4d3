// ImageToolException: a user-facing error of the image tool (bad input file, bad option).
//
// Thrown by ElfReader, ImageHeader, ImageBuilder and the commands; Program catches it and
// prints "error: <message>" with exit code 1, never a stack trace. The message must say
// what is wrong and, where possible, how to fix it.
using System;

namespace RalphOS.Boot;

public sealed class ImageToolException : Exception
{
    public ImageToolException(string message) : base(message)
    {
    }
}
