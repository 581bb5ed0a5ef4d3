// System.NullReferenceException: as .NET's, derived from SystemException; its default message is .NET's.
namespace System;

public class NullReferenceException : SystemException
{
    public NullReferenceException() { }
    public NullReferenceException(string message) : base(message) { }
    public NullReferenceException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Object reference not set to an instance of an object.";
}
