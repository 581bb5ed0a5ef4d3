// System.NotSupportedException: as .NET's, derived from SystemException; its default message is .NET's.
namespace System;

public class NotSupportedException : SystemException
{
    public NotSupportedException() { }
    public NotSupportedException(string message) : base(message) { }
    public NotSupportedException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Specified method is not supported.";
}
