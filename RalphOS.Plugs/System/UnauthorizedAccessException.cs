// System.UnauthorizedAccessException: as .NET's, derived from SystemException: the
// operation is not allowed (a read-only file, a directory opened as a file).
namespace System;

public class UnauthorizedAccessException : SystemException
{
    public UnauthorizedAccessException() { }
    public UnauthorizedAccessException(string message) : base(message) { }
    public UnauthorizedAccessException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Attempted to perform an unauthorized operation.";
}
