// System.ArrayTypeMismatchException: as .NET's, derived from SystemException; its default message is .NET's.
namespace System;

public class ArrayTypeMismatchException : SystemException
{
    public ArrayTypeMismatchException() { }
    public ArrayTypeMismatchException(string message) : base(message) { }
    public ArrayTypeMismatchException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Attempted to access an element as a type incompatible with the array.";
}
