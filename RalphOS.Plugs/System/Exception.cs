// System.Exception: in this kernel a thrown exception is a panic that prints Message.
namespace System;

public class Exception
{
    public Exception() { }
    public Exception(string message) { Message = message; }

    public virtual string Message { get; } = "an exception was thrown";
}
