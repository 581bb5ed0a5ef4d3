// System.ArgumentException: an argument was invalid. As on .NET, Message names the
// parameter: "<message> (Parameter 'name')". ArgumentNullException and
// ArgumentOutOfRangeException derive from it.
namespace System;

public class ArgumentException : SystemException
{
    private readonly string _message;

    public ArgumentException() { }
    public ArgumentException(string message) : base(message) { _message = message; }
    public ArgumentException(string message, Exception innerException) : base(message, innerException) { _message = message; }

    public ArgumentException(string message, string paramName) : base(message)
    {
        _message = message;
        ParamName = paramName;
    }

    public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException)
    {
        _message = message;
        ParamName = paramName;
    }

    public virtual string ParamName { get; }

    public override string Message
    {
        get
        {
            string text = _message ?? DefaultMessage;
            return string.IsNullOrEmpty(ParamName) ? text : $"{text} (Parameter '{ParamName}')";
        }
    }

    private protected override string DefaultMessage => "Value does not fall within the expected range.";
}
