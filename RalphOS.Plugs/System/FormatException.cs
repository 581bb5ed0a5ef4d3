// System.FormatException: as .NET's, derived from SystemException; its default message is .NET's.
namespace System;

public class FormatException : SystemException
{
    public FormatException() { }
    public FormatException(string message) : base(message) { }
    public FormatException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "One of the identified items was in an invalid format.";
}
