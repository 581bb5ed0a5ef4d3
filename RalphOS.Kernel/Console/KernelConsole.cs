// KernelConsole: the line-oriented command console on COM1 until BASIC takes over. It
// polls the UART, edits lines with LineEditor, and runs a handful of commands:
//   help, version, mem, uptime, date, sleep MS, selftest, panic-test (a deliberate null
//   dereference), reboot.
using Internal.Runtime;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Boot;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Memory;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Console;

internal sealed unsafe class KernelConsole
{
    private const string Prompt = "ralph> ";
    private const ulong KiB = 1024;

    // Read through a static so the compiler cannot prove the dereference is of null.
    private static ulong _nullAddress;

    private readonly BootInfo* _bootInfo;
    private readonly LineEditor _editor;

    public KernelConsole(BootInfo* bootInfo)
    {
        _bootInfo = bootInfo;
        _editor = new LineEditor(Terminal.Write);
    }

    public void Run()
    {
        KernelLog.Info("console", "ready on COM1; type 'help' for commands");
        Terminal.Write(Prompt);
        for (;;)
        {
            if (!Terminal.TryRead(out byte value))
            {
                Cpu.Halt(); // until the next interrupt: a key, or the 1 ms timer tick
                continue;
            }
            string line = _editor.Feed(value);
            if (line == null)
                continue;
            Execute(line.Trim());
            Terminal.Write(Prompt);
        }
    }

    private void Execute(string command)
    {
        switch (command)
        {
            case "":
                break;
            case "help":
                Terminal.WriteLine("commands:");
                Terminal.WriteLine("  help        this list");
                Terminal.WriteLine("  version     kernel name and version");
                Terminal.WriteLine("  mem         memory: RAM, kernel, heap");
                Terminal.WriteLine("  uptime      milliseconds since the timer started");
                Terminal.WriteLine("  date        date and time from the real-time clock");
                Terminal.WriteLine("  sleep MS    wait MS milliseconds on the timer");
                Terminal.WriteLine("  gc          collect garbage now and show collector statistics");
                Terminal.WriteLine("  gcstress MB allocate MB MiB of garbage around a checked live set");
                Terminal.WriteLine("  selftest    run the managed-runtime test suite");
                Terminal.WriteLine("  panic-test  dereference a null pointer to show the panic report");
                Terminal.WriteLine("  reboot      restart the machine");
                break;
            case "version":
                Terminal.WriteLine(string.Concat(Version.Name, " ", Version.Number, " (", Version.Description) + ")");
                break;
            case "mem":
                ShowMemory();
                break;
            case "uptime":
                Terminal.WriteLine(string.Concat("up ", Clock.Milliseconds.ToString(), " ms"));
                break;
            case "date":
                WallClock now = CmosClock.Read();
                Terminal.WriteLine(string.Concat(now.DateText, " ", now.TimeText));
                break;
            case "gc":
                GarbageCollectorCommands.Collect();
                break;
            case "selftest":
                SelfTest.SelfTestRunner.RunAll();
                break;
            case "panic-test":
                Terminal.WriteLine("dereferencing a null pointer...");
                Terminal.WriteHex(*(ulong*)_nullAddress);
                break;
            case "reboot":
                Terminal.WriteLine("rebooting...");
                Cpu.Reset();
                break;
            default:
                if (command.StartsWith("sleep "))
                    SleepCommand(command.Substring(6));
                else if (command.StartsWith("gcstress "))
                    GarbageCollectorCommands.Stress(command.Substring(9));
                else
                    Terminal.WriteLine(string.Concat("unknown command '", command, "'; type 'help' for the list"));
                break;
        }
    }

    // sleep MS: waits that long on the timer, then says so (the boot tests time it).
    private static void SleepCommand(string argument)
    {
        if (!ulong.TryParse(argument.Trim(), out ulong milliseconds) || milliseconds > 60_000)
        {
            Terminal.WriteLine("usage: sleep MILLISECONDS (0 to 60000)");
            return;
        }
        Clock.Sleep(milliseconds);
        Terminal.WriteLine(string.Concat("slept ", milliseconds.ToString(), " ms"));
    }

    private void ShowMemory()
    {
        Terminal.WriteLine(string.Concat("RAM usable:   ", (PhysicalMemory.UsableBytes / KiB).ToString(), " KiB"));
        Terminal.WriteLine(string.Concat("kernel:       0x", Cpu.KernelStart().ToString("X"), " - 0x", Cpu.KernelEnd().ToString("X")));
        Terminal.WriteLine(string.Concat("free from:    0x", _bootInfo->FreeMemoryStart.ToString("X")));
        Terminal.WriteLine(string.Concat("heap used:    ", (ManagedHeap.BytesUsed / KiB).ToString(), " KiB of ",
            (ManagedHeap.BytesTotal / KiB).ToString() + " KiB"));
    }
}
