// MapTooltip: the two lines the mouse tooltip shows for one pixel of the memory map: the
// address range the pixel stands for, and what is there with its owner, e.g.
//   0x00460000-0x00461000
//   stack: console #2
//   program image hello (id 7)
// ScreenService draws them next to the pointer and logs them on serial at debug level;
// the monitor's `screen where ADDR` prints the second line for an address. Pure; host-tested.
namespace RalphOS.Kernel.MemoryMap;

internal static class MapTooltip
{
    // Programs run in tasks named "prog:NAME" (ProgramTasks.TaskPrefix); the tooltip names
    // the program.
    private const string ProgramTaskPrefix = "prog:";

    public static string RangeLine(ulong first, ulong end) => $"{Hex(first)}-{Hex(end)}";

    // ownerName is the task's name for stacks, guard pages and task heap blocks (null if
    // the task is gone); other kinds name their owner themselves.
    public static string OwnerLine(MemoryKind kind, int ownerId, string ownerName) => kind switch
    {
        MemoryKind.Stack or MemoryKind.GuardPage or MemoryKind.HeapTask =>
            $"{MapPalette.NameOf(kind)}: {ownerName ?? "task"} #{ownerId}",
        MemoryKind.ProgramImage => $"{MapPalette.NameOf(kind)} {ProgramName(ownerName)} (id {ownerId})",
        MemoryKind.HeapKernel => "heap block: kernel #0",
        MemoryKind.HeapFree => "(free)",
        _ => MapPalette.NameOf(kind),
    };

    private static string ProgramName(string taskName)
    {
        if (taskName == null)
            return "(ended)";
        return taskName.StartsWith(ProgramTaskPrefix) ? taskName.Substring(ProgramTaskPrefix.Length) : taskName;
    }

    private static string Hex(ulong value)
    {
        const string digits = "0123456789ABCDEF";
        var text = new char[10];
        text[0] = '0';
        text[1] = 'x';
        for (int i = 0; i < 8; i++)
            text[9 - i] = digits[(int)((value >> (i * 4)) & 0xF)];
        return new string(text);
    }
}
