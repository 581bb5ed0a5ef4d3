// ToolFiles: file reads and writes for the tool commands that turn I/O failures into
// ImageToolException messages ("cannot read kernel file x: No such file"), so the user
// sees one clear line instead of a stack trace.
using System;
using System.IO;

namespace RalphOS.Boot;

public static class ToolFiles
{
    public static byte[] Read(string path, string what)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException || error is UnauthorizedAccessException || error is ArgumentException)
        {
            throw new ImageToolException($"cannot read {what} file {path}: {error.Message}");
        }
    }

    public static void Write(string path, byte[] bytes, string what)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception error) when (error is IOException || error is UnauthorizedAccessException || error is ArgumentException)
        {
            throw new ImageToolException($"cannot write {what} file {path}: {error.Message}");
        }
    }
}
