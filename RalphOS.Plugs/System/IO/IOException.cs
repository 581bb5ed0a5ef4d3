// System.IO.IOException: as .NET's, derived from SystemException: an I/O operation failed
// (a file, a disk, a stream). Its default message is .NET's.
namespace System.IO;

public class IOException : SystemException
{
    public IOException() { }
    public IOException(string message) : base(message) { }
    public IOException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "I/O error occurred.";
}
