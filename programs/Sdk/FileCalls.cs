// FileCalls: the SDK's bridge from System.IO's File and Directory to the kernel API's file
// calls (KernelSystemCalls): passes paths and buffers, sizes buffers for reads and
// listings, and turns each negative KernelFileStatus into the exception .NET throws for
// it, with .NET's messages (FileNotFoundException "Could not find file 'X'.", ...).
using System;
using System.IO;
using RalphOS.Programs.Abi;

namespace RalphOS.Programs;

internal static unsafe class FileCalls
{
    public const int IsFile = 1;
    public const int IsDirectory = 2;
    // A file that changes size between the size query and the read is asked for again.
    private const int ReadAttempts = 4;
    private const int FirstListCapacity = 1024;

    // 1 file, 2 directory, or a negative status (not thrown).
    public static int Kind(string path, out long size)
    {
        long length = 0;
        int kind;
        fixed (char* name = Checked(path))
            kind = ProgramRuntime.Api->System.PathKind(name, path.Length, &length);
        size = length;
        return kind;
    }

    public static byte[] Read(string path)
    {
        for (int attempt = 0; attempt < ReadAttempts; attempt++)
        {
            int kind = Kind(path, out long size);
            if (kind == IsDirectory)
                Throw(KernelFileStatus.IsDirectory, path);
            if (kind < 0)
                Throw(kind, path);
            var data = new byte[(int)size];   // the kernel bounds a file at 64 MiB
            int length;
            fixed (char* name = path)
            fixed (byte* buffer = data)
                length = ProgramRuntime.Api->System.ReadFile(name, path.Length, buffer, data.Length);
            if (length < 0)
                Throw(length, path);
            if (length == data.Length)
                return data;
        }
        throw new IOException($"The file '{path}' kept changing while it was read.");
    }

    public static void Write(string path, ReadOnlySpan<byte> data, bool append)
    {
        int status;
        fixed (char* name = Checked(path))
        fixed (byte* bytes = data)
            status = ProgramRuntime.Api->System.WriteFile(name, path.Length, bytes, data.Length, append ? 1 : 0);
        if (status < 0)
            Throw(status, path);
    }

    public static void Delete(string path)
    {
        int status;
        fixed (char* name = Checked(path))
            status = ProgramRuntime.Api->System.DeleteFile(name, path.Length);
        // As .NET's File.Delete: a file that is not there is no error.
        if (status < 0 && status != KernelFileStatus.NotFound)
            Throw(status, path);
    }

    public static void CreateDirectory(string path)
    {
        int status;
        fixed (char* name = Checked(path))
            status = ProgramRuntime.Api->System.CreateDirectory(name, path.Length);
        if (status < 0)
            Throw(status, path);
    }

    // The entries of a directory: names, directories' ending in '/'.
    public static string[] List(string path)
    {
        string listing = null;
        int capacity = FirstListCapacity;
        while (listing == null)
        {
            var buffer = new char[capacity];
            int length;
            fixed (char* name = Checked(path))
            fixed (char* names = buffer)
                length = ProgramRuntime.Api->System.ListDirectory(name, path.Length, names, capacity);
            if (length < 0)
                Throw(length == KernelFileStatus.NotFound ? KernelFileStatus.PathNotFound : length, path);
            if (length <= capacity)
                listing = new string(buffer, 0, length);
            else
                capacity = length;
        }
        return listing.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string Checked(string path)
    {
        if (path == null)
            throw new ArgumentNullException(nameof(path));
        if (path.Length == 0 || path.Trim().Length == 0)
            throw new ArgumentException("The value cannot be an empty string or composed entirely of whitespace.", nameof(path));
        return path;
    }

    public static void Throw(int status, string path)
    {
        switch (status)
        {
            case KernelFileStatus.NotFound:
                throw new FileNotFoundException($"Could not find file '{path}'.", path);
            case KernelFileStatus.PathNotFound:
            case KernelFileStatus.NotDirectory:
                throw new DirectoryNotFoundException($"Could not find a part of the path '{path}'.");
            case KernelFileStatus.IsDirectory:
            case KernelFileStatus.ReadOnly:
                throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.");
            case KernelFileStatus.BadName:
            case KernelFileStatus.BadArgument:
                throw new IOException($"The filename, directory name, or volume label syntax is incorrect. : '{path}'");
            case KernelFileStatus.NoDisk:
                throw new IOException($"No data disk is attached, so '{path}' cannot be reached (./run.sh attaches build/disk.img).");
            case KernelFileStatus.DiskFull:
                throw new IOException($"There is not enough space on the disk. : '{path}'");
            case KernelFileStatus.AlreadyExists:
                throw new IOException($"The file '{path}' already exists.");
            case KernelFileStatus.DirectoryNotEmpty:
                throw new IOException($"Directory not empty : '{path}'");
            case KernelFileStatus.TooLarge:
                throw new IOException($"The file '{path}' is too large (at most 64 MiB).");
            case KernelFileStatus.DeviceError:
                throw new IOException($"The disk failed while reaching '{path}'.");
            default:
                throw new IOException($"The file system on the disk is damaged near '{path}'.");
        }
    }
}
