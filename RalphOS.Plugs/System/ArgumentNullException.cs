// System.ArgumentNullException: a null argument where one is not allowed; as .NET's, the
// one-string constructor takes the parameter's name, not a message.
namespace System;

public class ArgumentNullException : ArgumentException
{
    public ArgumentNullException() { }
    public ArgumentNullException(string paramName) : base(null, paramName) { }
    public ArgumentNullException(string paramName, string message) : base(message, paramName) { }
    public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>Throws when <paramref name="argument"/> is null (as .NET's ThrowIfNull).</summary>
    public static void ThrowIfNull(object argument, string paramName = null)
    {
        if (argument is null)
            throw new ArgumentNullException(paramName);
    }

    private protected override string DefaultMessage => "Value cannot be null.";
}
