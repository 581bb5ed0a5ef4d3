// System.Collections.Generic.KeyNotFoundException: as .NET's, derived from SystemException; its default message is .NET's.
namespace System.Collections.Generic;

public class KeyNotFoundException : SystemException
{
    public KeyNotFoundException() { }
    public KeyNotFoundException(string message) : base(message) { }
    public KeyNotFoundException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "The given key was not present in the dictionary.";
}
