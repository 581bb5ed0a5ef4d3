// GuardedBlob: a copy of a byte blob in memory whose last byte sits just below a page the
// process may not touch, so a reader that goes one byte past the end of its table crashes
// the test run instead of reading whatever follows (which a wrong bounds check would
// otherwise get away with). Built with mmap and mprotect: Linux only, as the project is.
using System;
using System.Runtime.InteropServices;
using Internal.Runtime.TypeLoader;

namespace RalphOS.Plugs.Tests.TypeLoader;

internal sealed unsafe class GuardedBlob : IDisposable
{
    private const int ProtNone = 0;
    private const int ProtRead = 1;
    private const int ProtWrite = 2;
    private const int MapPrivate = 0x02;
    private const int MapAnonymous = 0x20;

    private readonly byte* _mapping;
    private readonly nuint _mappingSize;

    public GuardedBlob(ReadOnlySpan<byte> bytes)
    {
        nuint page = (nuint)Environment.SystemPageSize;
        nuint dataPages = ((nuint)bytes.Length + page - 1) / page;
        _mappingSize = (dataPages + 1) * page;
        _mapping = (byte*)Mmap(null, _mappingSize, ProtRead | ProtWrite, MapPrivate | MapAnonymous, -1, 0);
        if (_mapping == (byte*)-1)
            throw new InvalidOperationException("mmap failed");
        byte* guard = _mapping + dataPages * page;
        if (Mprotect(guard, page, ProtNone) != 0)
            throw new InvalidOperationException("mprotect failed");
        Start = guard - bytes.Length;
        Size = (uint)bytes.Length;
        bytes.CopyTo(new Span<byte>(Start, bytes.Length));
    }

    public byte* Start { get; }
    public uint Size { get; }
    public byte* End => Start + Size;
    public NativeReader Reader => new NativeReader(Start, Size);

    public void Dispose() => Munmap(_mapping, _mappingSize);

    [DllImport("libc", EntryPoint = "mmap")]
    private static extern void* Mmap(void* address, nuint length, int protection, int flags, int fd, nint offset);

    [DllImport("libc", EntryPoint = "mprotect")]
    private static extern int Mprotect(void* address, nuint length, int protection);

    [DllImport("libc", EntryPoint = "munmap")]
    private static extern int Munmap(void* address, nuint length);
}
