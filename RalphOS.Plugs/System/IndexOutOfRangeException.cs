// System.IndexOutOfRangeException: as .NET's, derived from SystemException; its default message is .NET's.
namespace System;

public class IndexOutOfRangeException : SystemException
{
    public IndexOutOfRangeException() { }
    public IndexOutOfRangeException(string message) : base(message) { }
    public IndexOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Index was outside the bounds of the array.";
}
