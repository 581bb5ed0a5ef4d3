// System.OutOfMemoryException: as .NET's, derived from SystemException; its default message is .NET's.
namespace System;

public class OutOfMemoryException : SystemException
{
    public OutOfMemoryException() { }
    public OutOfMemoryException(string message) : base(message) { }
    public OutOfMemoryException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Insufficient memory to continue the execution of the program.";
}
