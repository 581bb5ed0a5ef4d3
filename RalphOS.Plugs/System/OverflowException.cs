// System.OverflowException: as .NET's, derived from ArithmeticException; its default message is .NET's.
namespace System;

public class OverflowException : ArithmeticException
{
    public OverflowException() { }
    public OverflowException(string message) : base(message) { }
    public OverflowException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Arithmetic operation resulted in an overflow.";
}
