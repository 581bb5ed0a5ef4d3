// System.InvalidOperationException: as .NET's, derived from SystemException; its default message is .NET's.
namespace System;

public class InvalidOperationException : SystemException
{
    public InvalidOperationException() { }
    public InvalidOperationException(string message) : base(message) { }
    public InvalidOperationException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Operation is not valid due to the current state of the object.";
}
