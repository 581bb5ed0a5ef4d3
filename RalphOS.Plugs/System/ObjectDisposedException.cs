// System.ObjectDisposedException: a member was used after Dispose; as .NET's, the
// one-string constructor takes the object's name and Message names it.
namespace System;

public class ObjectDisposedException : InvalidOperationException
{
    public ObjectDisposedException(string objectName) : this(objectName, (string)null) { }
    public ObjectDisposedException(string message, Exception innerException) : base(message, innerException) { }

    public ObjectDisposedException(string objectName, string message) : base(message)
    {
        ObjectName = objectName ?? "";
    }

    public string ObjectName { get; } = "";

    public override string Message =>
        ObjectName.Length == 0 ? base.Message : $"{base.Message}\nObject name: '{ObjectName}'.";

    private protected override string DefaultMessage => "Cannot access a disposed object.";
}
