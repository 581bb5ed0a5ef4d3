// System.DivideByZeroException: as .NET's, derived from ArithmeticException; its default message is .NET's.
namespace System;

public class DivideByZeroException : ArithmeticException
{
    public DivideByZeroException() { }
    public DivideByZeroException(string message) : base(message) { }
    public DivideByZeroException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Attempted to divide by zero.";
}
