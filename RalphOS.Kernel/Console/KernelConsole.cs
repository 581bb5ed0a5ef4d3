// KernelConsole: the kernel monitor on COM1, a line-oriented command console reached from
// BASIC (the shell, Sessions/BasicSession) with SYSTEM. KernelMain starts its task; it
// runs blocked on serial input between keys, edits lines with Sessions/LineEditor (Ctrl-C
// abandons a line or interrupts a sleep) and runs a handful of commands:
//   help, version, mem, uptime, date, sleep MS, basic, disk, net, pci, tasks, tasktest, gc, gcstress,
//   selftest, profile, panic-test (a deliberate null dereference), reboot.
using Internal.Runtime;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Boot;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Cmos;
using RalphOS.Kernel.Drivers.Serial;
using RalphOS.Kernel.Memory;
using RalphOS.Kernel.Services;
using RalphOS.Kernel.Sessions;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel.Console;

internal sealed unsafe class KernelConsole
{
    private const string Prompt = "ralph> ";
    private const ulong KiB = 1024;

    private readonly BootInfo* _bootInfo;
    private readonly LineEditor _editor;

    public KernelConsole(BootInfo* bootInfo)
    {
        _bootInfo = bootInfo;
        _editor = new LineEditor(Terminal.Write);
    }

    // The console task's entry (argument: the BootInfo pointer). BASIC is the shell, as on
    // the seed system; its SYSTEM command leaves it for this kernel monitor.
    public static void TaskMain(nint bootInfo)
    {
        SerialInput.ConsoleOwner = Scheduler.Current;
        KernelLog.Info("console", "ready on COM1: BASIC (SYSTEM opens the kernel monitor)");
        BasicSession.Run((BootInfo*)bootInfo);
        new KernelConsole((BootInfo*)bootInfo).Run();
    }

    public void Run()
    {
        Terminal.WriteLine("Ralph OS kernel monitor: type 'help' for commands, 'basic' to return to BASIC");
        Terminal.Write(Prompt);
        for (;;)
        {
            if (!SerialInput.ReadByte(out byte value))
            {
                // Ctrl-C: drop the line being typed and start a fresh one.
                Scheduler.Current.BreakRequested = false;
                _editor.Clear();
                Terminal.WriteLine("^C");
                Terminal.Write(Prompt);
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
                Terminal.WriteLine("  basic       back to BASIC (SYSTEM returns here); LOAD \"fib\" for a demo");
                Terminal.WriteLine("  disk        the data disk: model, size, volume label, free space, cache counters");
                Terminal.WriteLine("  disk bench [MB]  sequential write and read throughput, SAVE latency");
                Terminal.WriteLine("  net         network card, address and counters");
                Terminal.WriteLine("  ping HOST   send four ICMP echo requests (HOST: an address or a name)");
                Terminal.WriteLine("  host NAME   look a name up in DNS: its addresses and aliases");
                Terminal.WriteLine("  pci         PCI devices: bus:dev.fn, vendor:device, class, name, IRQ, BARs");
                Terminal.WriteLine("  echo-server PORT     TCP echo on PORT (RFC 862), in its own task");
                Terminal.WriteLine("  discard-server PORT  TCP discard on PORT (RFC 863): reads and drops");
                Terminal.WriteLine("  chargen-server PORT  TCP chargen on PORT (RFC 864): sends until closed");
                Terminal.WriteLine("  tasks       list tasks: state, CPU time, memory");
                Terminal.WriteLine("  break ID    what Ctrl-C does, for task ID (stops a spawned BASIC program or C# program)");
                Terminal.WriteLine("  run NAME ARGS  run the C# program NAME (programs/NAME) and wait for it; Ctrl-C stops it");
                Terminal.WriteLine("  tasktest T  run a task scenario: pingpong N, overflow, divide, panic, cast, checked, throw, catchnull");
                Terminal.WriteLine("  gc          collect garbage now and show collector statistics");
                Terminal.WriteLine("  gcstress MB allocate MB MiB of garbage around a checked live set");
                Terminal.WriteLine("  gcbench L C the GC benchmark: L MiB live, C MiB of garbage");
                Terminal.WriteLine("  selftest    run the managed-runtime test suite");
                Terminal.WriteLine("  profile start|stop [N]  sample where the CPU spends its time; stop lists the top N functions");
                Terminal.WriteLine("  screen [map|text|draw|release|where ADDR]  the VGA screen: state; memory map or console; hold it with a test card; what the map shows at ADDR");
                Terminal.WriteLine("  panic-test  make the kernel core dereference a null pointer (a real panic)");
                Terminal.WriteLine("  reboot      restart the machine (QEMU with -no-reboot, as in ./run.sh debug, exits instead)");
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
            case "basic":
                BasicSession.Run(_bootInfo);
                break;
            case "net":
                NetworkCommands.Show();
                break;
            case "pci":
                PciCommands.List();
                break;
            case "tasks":
                TaskCommands.List();
                break;
            case "gc":
                GarbageCollectorCommands.Collect();
                break;
            case "selftest":
                SelfTest.SelfTestRunner.RunAll();
                break;
            case "panic-test":
                KernelCore.RequestPanicTest();
                Scheduler.Sleep(1000);
                break;
            case "reboot":
                Terminal.WriteLine("rebooting...");
                Cpu.Reset();
                break;
            default:
                if (TakesArguments(command, "screen", out string arguments))
                    ScreenCommands.Run(arguments);
                else if (TakesArguments(command, "sleep", out arguments))
                    SleepCommand(arguments);
                else if (TakesArguments(command, "disk", out arguments))
                    DiskCommands.Run(arguments);
                else if (TakesArguments(command, "ping", out arguments))
                    NetworkCommands.Ping(arguments);
                else if (TakesArguments(command, "host", out arguments))
                    NetworkCommands.Host(arguments);
                else if (TakesArguments(command, "echo-server", out arguments))
                    TcpServiceCommands.Start(TcpServiceKind.Echo, arguments);
                else if (TakesArguments(command, "discard-server", out arguments))
                    TcpServiceCommands.Start(TcpServiceKind.Discard, arguments);
                else if (TakesArguments(command, "chargen-server", out arguments))
                    TcpServiceCommands.Start(TcpServiceKind.Chargen, arguments);
                else if (TakesArguments(command, "profile", out arguments))
                    ProfileCommand(arguments);
                else if (TakesArguments(command, "run", out arguments))
                    ProgramCommands.Run(arguments);
                else if (TakesArguments(command, "break", out arguments))
                    TaskCommands.Break(arguments);
                else if (TakesArguments(command, "tasktest", out arguments))
                    TaskCommands.Test(arguments);
                else if (TakesArguments(command, "gcbench", out arguments))
                    GarbageCollectorCommands.Benchmark(arguments);
                else if (TakesArguments(command, "gcstress", out arguments))
                    GarbageCollectorCommands.Stress(arguments);
                else
                    Terminal.WriteLine(string.Concat("unknown command '", command, "'; type 'help' for the list"));
                break;
        }
    }

    // True when command is `name` alone or `name ARGUMENTS`; a bare name gives empty
    // arguments, for which every such command prints its usage.
    private static bool TakesArguments(string command, string name, out string arguments)
    {
        arguments = "";
        if (command == name)
            return true;
        if (!command.StartsWith(name) || command.Length <= name.Length || command[name.Length] != ' ')
            return false;
        arguments = command.Substring(name.Length + 1).Trim();
        return true;
    }

    // profile start | profile stop [N]: the sampling profiler (Diagnostics/Profiler.cs).
    private static void ProfileCommand(string argument)
    {
        const int DefaultTop = 20;
        if (argument == "start")
        {
            Terminal.WriteLine(Profiler.Start()
                ? "profiling: every timer tick records where the CPU was; 'profile stop' reports"
                : "profiling: no memory for the sample buffer");
            return;
        }
        int top = DefaultTop;
        if (argument == "stop" || (argument.StartsWith("stop ") && int.TryParse(argument.Substring(5).Trim(), out top) && top > 0))
        {
            Profiler.Stop();
            Profiler.Report(top);
            return;
        }
        Terminal.WriteLine(string.Concat("usage: profile start | profile stop [N]   (",
            Profiler.IsRunning ? "running, " : "stopped, ", Profiler.SampleCount.ToString(), " samples)"));
    }

    // sleep MS: waits that long on the timer, then says so (the boot tests time it).
    private static void SleepCommand(string argument)
    {
        if (!ulong.TryParse(argument.Trim(), out ulong milliseconds) || milliseconds > 60_000)
        {
            Terminal.WriteLine("usage: sleep MILLISECONDS (0 to 60000)");
            return;
        }
        if (!Scheduler.Sleep(milliseconds))
        {
            Scheduler.Current.BreakRequested = false;
            Terminal.WriteLine("^C sleep interrupted");
            return;
        }
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
