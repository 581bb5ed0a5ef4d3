// System.Exception: the base of every exception. Until the exception dispatcher exists a
// throw is a kernel panic that prints Message; the standard exception types beside this
// file (ArgumentException, InvalidOperationException, ...) follow .NET's hierarchy and
// default messages so code written against .NET reads the same here.
namespace System;

public class Exception
{
    private readonly string _message;

    public Exception() { }

    public Exception(string message) { _message = message; }

    public Exception(string message, Exception innerException)
    {
        _message = message;
        InnerException = innerException;
    }

    public virtual string Message => _message ?? DefaultMessage;

    public Exception InnerException { get; }

    /// <summary>The message a type shows when it was constructed without one.</summary>
    private protected virtual string DefaultMessage => "an exception was thrown";
}
