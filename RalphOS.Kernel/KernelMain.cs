// KernelMain: the C# entry point and the start-up sequence. entry.asm calls kmain with the
// BootInfo pointer from stage 2. Order matters: the image checksum is taken before anything
// writes the kernel's data; the serial port works without a heap; the heap must exist
// before module statics are created; statics before any code that uses them.
using System;
using System.Runtime.InteropServices;
using Internal.Runtime;
using RalphOS.Kernel.Arch;
using RalphOS.Kernel.Boot;
using RalphOS.Kernel.Diagnostics;
using RalphOS.Kernel.Drivers.Cmos;
using RalphOS.Kernel.Drivers.Ps2;
using RalphOS.Kernel.Drivers.Serial;
using RalphOS.Kernel.Drivers.Vga;
using RalphOS.Kernel.Interrupts;
using RalphOS.Kernel.Memory;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;

namespace RalphOS.Kernel;

internal static unsafe class KernelMain
{
    private const uint SerialBaud = 115200;

    [UnmanagedCallersOnly(EntryPoint = "kmain")]
    private static void Main(BootInfo* bootInfo)
    {
        ImageCheck imageCheck = ImageCheck.Run(bootInfo);

        var uart = new Uart16550(Uart16550.Com1Port);
        bool uartWorks = uart.Initialize(SerialBaud);
        Terminal.Attach(uart);
        Terminal.WriteLine();
        Terminal.Write(Version.Name);
        Terminal.Write(' ');
        Terminal.Write(Version.Number);
        Terminal.Write(" (");
        Terminal.Write(Version.Description);
        Terminal.WriteLine(")");

        if (!bootInfo->IsValid)
        {
            Terminal.WriteLine("KERNEL PANIC: no valid BootInfo from the bootloader (magic or version mismatch)");
            Cpu.HaltForever();
        }

        PhysicalMemory.Initialize(bootInfo);
        Backtrace.MappedLimit = bootInfo->MappedBytes;
        if (!StartManagedRuntime(bootInfo))
            Cpu.HaltForever();

        KernelLog.MinimumLevel = KernelCommandLine.Value("log") == "debug" ? LogLevel.Debug : LogLevel.Info;
        KernelLog.Info("serial", uartWorks ? "COM1 ready (115200 baud, 8N1, FIFO on)" : "COM1 failed its loopback test");
        BootReport.Print(bootInfo, imageCheck);

        GlobalDescriptorTable.Install();
        InterruptDescriptorTable.Install();
        KernelLog.Info("interrupts", "IDT loaded: 256 vectors, CPU exceptions report a panic");
        VgaScreen.Initialize(bootInfo->VideoMode);
        StartInterruptDrivenDevices();

        Scheduler.Initialize(Cpu.BootStackBottom(), Cpu.BootStackTop());
        GarbageCollector.ScanOtherStacks = &KernelStacks.ScanSuspendedStacks;
        KernelLog.Info("tasks", "cooperative scheduler running; guard-paged task stacks of 64 KiB");
        if (VgaScreen.IsPresent)
        {
            Screen.ScreenService.Start(new MemoryMap.KernelExtent(Cpu.KernelStart(), Cpu.KernelReadOnlyDataStart(),
                Cpu.KernelDataStart(), Cpu.KernelEnd(), bootInfo->FreeMemoryStart));
            BasicShell.ConsoleScreen.Device = new BasicShell.VgaBasicScreen();
            KernelLog.Info("screen", VgaScreen.IsGraphics ? "VGA mode 13h: the memory map" : "VGA text mode: the console");
        }
        else
        {
            KernelLog.Info("screen", "no VGA: the console is the serial port only");
        }
        Network.NetworkService.Start();
        Storage.DiskService.Start(bootInfo);
        Programs.ProgramLibrary.Initialize(bootInfo);
        Programs.ProgramTasks.Initialize();
        KernelLog.Info("programs", string.Concat("embedded: ", string.Join(", ", Programs.ProgramLibrary.Names().ToArray())));
        Sessions.TelnetServer.Start(bootInfo);
        KernelCore.StartConsole(&Console.KernelConsole.TaskMain, (nint)bootInfo);
        KernelCore.Run();
    }

    // The PIC is remapped above the CPU exceptions, then the timer and serial input get
    // their IRQ lines, and interrupts go on.
    private static void StartInterruptDrivenDevices()
    {
        IrqTable.Initialize();
        Clock.Start();
        SerialInput.Start();
        Ps2Devices.Start(&SerialInput.ReceiveFromInterrupt, &Screen.ScreenService.Wake, VgaScreen.Width, VgaScreen.Height);
        Cpu.EnableInterrupts();
        KernelLog.Info("ps2", Ps2Devices.MouseReady ? "keyboard on IRQ 1, mouse on IRQ 12"
            : Ps2Devices.KeyboardReady ? "keyboard on IRQ 1, no mouse" : "no PS/2 controller");
        KernelLog.Info("interrupts", "PIC remapped to vectors 32-47; IRQ 0 timer and IRQ 4 serial enabled");
        KernelLog.Info("timer", "PIT channel 0 at 1000 Hz (divisor 1193)");
        WallTime.Start();
        KernelLog.Info("clock", WallTime.ClockWasValid
            ? $"{DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC from the CMOS real-time clock"
            : "the CMOS real-time clock reads no valid date; the clock starts at 2000-01-01 00:00 UTC");
    }

    // Gives the managed heap the largest free RAM range above the kernel, creates the
    // module's static objects and installs the panic handler.
    private static bool StartManagedRuntime(BootInfo* bootInfo)
    {
        if (!PhysicalMemory.FindLargestFreeRange(bootInfo->FreeMemoryStart, out ulong heapStart, out ulong heapLength))
        {
            Terminal.WriteLine("KERNEL PANIC: no usable RAM above the kernel for the heap");
            return false;
        }
        if (!ManagedHeap.Initialize((byte*)heapStart, (nuint)heapLength))
        {
            Terminal.WriteLine("KERNEL PANIC: the free RAM range is too small for the heap");
            return false;
        }
        if (!ModuleInitializer.InitializeAll(Cpu.ModulesStart(), Cpu.ModulesEnd()))
        {
            Terminal.WriteLine("KERNEL PANIC: the compiled module's header is malformed");
            return false;
        }
        ImageSegment* symbols = bootInfo->ImageHeader->FindSegment(SegmentKind.Symbols);
        if (symbols != null)
            SymbolTable.Load((byte*)symbols->LoadAddress, symbols->FileSize);
        KernelPanic.Install();
        Internal.Runtime.ExceptionHandling.ExceptionDispatcher.Initialize();
        KernelCommandLine.Load(bootInfo->ImageHeader);
        GarbageCollector.StackTopFor = &KernelStacks.TopOf;
        GarbageCollector.MicrosecondClock = &Clock.ReadPreciseMicroseconds;
        GarbageCollector.BeforeMark = &SoftwareTlb.Reset;
        GarbageCollector.IsEnabled = true;
        return true;
    }
}
