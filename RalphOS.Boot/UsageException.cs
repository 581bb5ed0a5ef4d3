// UsageException: the command line itself is wrong (unknown command or option, missing
// value). Program prints the message and the help text and exits with code 2.
using System;

namespace RalphOS.Boot;

public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message)
    {
    }
}
