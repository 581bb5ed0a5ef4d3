// System.IO.IOException: an I/O error, as .NET's: derived from SystemException, with .NET's
// default message. Programs see it from the file calls (no disk, disk full, device error)
// and from NetworkStream (a connection reset under a read).
namespace System.IO;

public class IOException : SystemException
{
    public IOException() { }
    public IOException(string message) : base(message) { }
    public IOException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "I/O error occurred.";
}
