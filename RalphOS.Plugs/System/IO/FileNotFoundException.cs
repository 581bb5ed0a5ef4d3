// System.IO.FileNotFoundException: as .NET's, an IOException naming the file that is not
// there (FileName); its messages are .NET's ("Could not find file 'NAME'.").
namespace System.IO;

public class FileNotFoundException : IOException
{
    public FileNotFoundException() { }
    public FileNotFoundException(string message) : base(message) { }
    public FileNotFoundException(string message, Exception innerException) : base(message, innerException) { }
    public FileNotFoundException(string message, string fileName) : base(message) { FileName = fileName; }

    public string FileName { get; }

    private protected override string DefaultMessage => "Unable to find the specified file.";
}
