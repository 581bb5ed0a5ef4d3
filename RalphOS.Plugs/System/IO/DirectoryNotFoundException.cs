// System.IO.DirectoryNotFoundException: as .NET's, an IOException for a path whose
// directory is not there ("Could not find a part of the path 'PATH'.").
namespace System.IO;

public class DirectoryNotFoundException : IOException
{
    public DirectoryNotFoundException() { }
    public DirectoryNotFoundException(string message) : base(message) { }
    public DirectoryNotFoundException(string message, Exception innerException) : base(message, innerException) { }

    private protected override string DefaultMessage => "Attempted to access a path that is not on the disk.";
}
