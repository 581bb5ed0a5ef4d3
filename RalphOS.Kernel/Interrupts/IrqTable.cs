// IrqTable: which handler runs for each of the 16 legacy IRQ lines. Handlers are plain
// static functions (no delegates, no allocation) called with interrupts disabled; they
// must be short. The dispatcher acknowledges the PIC around them.
using RalphOS.Kernel.Drivers.Pic;

namespace RalphOS.Kernel.Interrupts;

internal static unsafe class IrqTable
{
    private static delegate*<void>[] _handlers;

    public static void Initialize()
    {
        _handlers = new delegate*<void>[Pic8259.LineCount];
        Pic8259.Remap();
    }

    public static void Register(int line, delegate*<void> handler)
    {
        _handlers[line] = handler;
        Pic8259.Enable(line);
    }

    public static void Handle(int line)
    {
        if (!Pic8259.Acknowledge(line))
            return;
        delegate*<void> handler = _handlers[line];
        if (handler != null)
            handler();
        Pic8259.EndOfInterrupt(line);
    }
}
