// BasicSession: one BASIC REPL on the serial console, in the console task. The programs
// embedded in the image (bas/*.bas) are offered to LOAD next to the data disk's files
// (Storage/DiskFileStore.cs); SAVE writes to the disk, or keeps files for the session
// without one. SYSTEM (or BYE) ends the session and returns to the kernel monitor
// (Console/KernelConsole, which runs this at start-up and on `basic`). This session alone
// draws on the machine's screen (BasicShell/ConsoleScreen.Device) when there is one.
using RalphOS.Basic.Host;
using RalphOS.Basic.Repl;
using RalphOS.Kernel.BasicShell;
using RalphOS.Kernel.Boot;
using RalphOS.Kernel.Storage;
using RalphOS.Kernel.Tasks;

namespace RalphOS.Kernel.Sessions;

internal static unsafe class BasicSession
{
    public static void Run(BootInfo* bootInfo)
    {
        IBasicFileStore files = DiskService.CreateFileStore();
        var console = new SerialBasicConsole();
        var sockets = new KernelBasicSockets();
        var graphics = new KernelBasicGraphics(ConsoleScreen.Device, Scheduler.Current.Id);
        var repl = new BasicRepl(new BasicHost(console, new KernelBasicClock(), files, new KernelBasicSystem(console, files), sockets, graphics));
        repl.Start();
        for (;;)
        {
            string line = console.ReadPromptLine();
            if (repl.FeedLine(line) == ReplStatus.Exit)
                break;
        }
        repl.EndSession();
        sockets.CloseAll();
        graphics.LeaveGraphics();
    }
}
