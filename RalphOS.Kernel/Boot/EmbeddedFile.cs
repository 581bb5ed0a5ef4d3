// EmbeddedFile: one file of the image's files segment, in place: its name and where its
// bytes lie in memory (stage 2 loaded the segment; it is never freed or moved).
namespace RalphOS.Kernel.Boot;

internal unsafe struct EmbeddedFile
{
    public string Name;
    public byte* Data;
    public uint Length;
}
