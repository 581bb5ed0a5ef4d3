// System.ArgumentOutOfRangeException: an argument outside its allowed range; as .NET's,
// the one-string constructor takes the parameter's name, and an actual value, when given,
// is named on a line of its own in Message.
namespace System;

public class ArgumentOutOfRangeException : ArgumentException
{
    public ArgumentOutOfRangeException() { }
    public ArgumentOutOfRangeException(string paramName) : base(null, paramName) { }
    public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { }
    public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { }

    public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName)
    {
        ActualValue = actualValue;
    }

    public virtual object ActualValue { get; }

    public override string Message =>
        ActualValue is null ? base.Message : $"{base.Message}\nActual value was {ActualValue}.";

    private protected override string DefaultMessage => "Specified argument was out of the range of valid values.";
}
