// System.PlatformNotSupportedException: as .NET's, derived from NotSupportedException; its default message is .NET's.
namespace System;

public class PlatformNotSupportedException : NotSupportedException
{
    public PlatformNotSupportedException() { }
    public PlatformNotSupportedException(string message) : base(message) { }
    public PlatformNotSupportedException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Operation is not supported on this platform.";
}
