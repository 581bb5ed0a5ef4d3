// ProgramRuntime: brings a program's own copy of the managed runtime (the core library,
// RalphOS.Plugs, linked into every program) to life, as KernelMain does for the kernel:
// a managed heap of its own in memory from the kernel, the module's statics, the
// exception dispatcher over the program's own .eh_frame, and the hooks the runtime asks
// for (panic, unhandled exception, symbols, the collector's stack and clock), all over the
// kernel API table. ProgramEntry calls Start before Main; the SDK's classes (Console,
// File, Directory, Thread, ProgramPlatform) call the kernel through Api. The heap starts as
// one region and grows on demand (ManagedHeap.Growth.cs) by regions from the kernel, up to
// MaxHeapBytes.
using System.Runtime.InteropServices;
using Internal.Runtime;
using Internal.Runtime.ExceptionHandling;
using RalphOS.Programs.Abi;

namespace RalphOS.Programs;

public static unsafe class ProgramRuntime
{
    // The managed heap: its first region, taken from the kernel at start; when a collection
    // cannot make room, the runtime takes more regions (each as large as the heap so far)
    // up to MaxHeapBytes in all, which is also what the kernel lets a program allocate
    // (LoadedProgram.MaxAllocatedBytes). The kernel returns them all when the program ends.
    public const nuint HeapSize = 1024 * 1024;
    public const nuint MaxHeapBytes = 64 * 1024 * 1024;
    // Exit codes of programs that did not choose one (as a shell would report them).
    public const int UnhandledExceptionExitCode = 134;
    public const int StartFailureExitCode = 127;

    private static KernelApiTable* _api;
    private static ulong _stackTop;
    private static string[] _commandLine;

    public static KernelApiTable* Api => _api;

    // The managed heap's footprint: bytes of all its regions, and how many there are.
    public static nuint HeapBytes => ManagedHeap.RegionBytes;
    public static int HeapRegionCount => ManagedHeap.RegionCount;

    // Argument 0 (the program's name) first, as Environment.GetCommandLineArgs returns it.
    public static string[] CommandLine => _commandLine;

    // Returns Main's arguments (the command line without the program's name).
    public static string[] Start(KernelApiTable* api, ProgramStartInfo* start)
    {
        _api = api;
        _stackTop = start->StackTop;
        byte* heap = (byte*)api->Allocate(HeapSize);
        if (heap == null || !ManagedHeap.Initialize(heap, HeapSize))
            FailEarly("program start failed: no memory for the managed heap\n");
        ManagedHeap.RegionSource = &RegionFromKernel;
        ManagedHeap.GrowthLimit = MaxHeapBytes;
        if (!ModuleInitializer.InitializeAll(ModulesStart(), ModulesEnd()))
            FailEarly("program start failed: the compiled module's header is malformed\n");
        Panic.Handler = &OnPanic;
        Panic.SymbolResolver = &SymbolNameAt;
        CodeSymbols.Resolver = &SymbolContaining;
        ExceptionDispatcher.UnhandledHandler = &OnUnhandledException;
        ExceptionDispatcher.Initialize();
        GarbageCollector.StackTopFor = &StackTopFor;
        GarbageCollector.MicrosecondClock = &Microseconds;
        GarbageCollector.PrepareMarkStack();
        GarbageCollector.IsEnabled = true;
        ProgramPlatform.Install();

        _commandLine = new string[start->ArgumentCount];
        for (int i = 0; i < start->ArgumentCount; i++)
            _commandLine[i] = FromAscii(start->Arguments[i]);
        var arguments = new string[_commandLine.Length > 0 ? _commandLine.Length - 1 : 0];
        for (int i = 0; i < arguments.Length; i++)
            arguments[i] = _commandLine[i + 1];
        return arguments;
    }

    public static void Write(string text)
    {
        if (text == null || text.Length == 0)
            return;
        fixed (char* characters = text)
            _api->Print(characters, text.Length);
    }

    public static void Exit(int code)
    {
        _api->Exit(code);
    }

    // Before the heap exists only string literals (frozen objects) may be printed.
    private static void FailEarly(string message)
    {
        Write(message);
        _api->Exit(StartFailureExitCode);
    }

    private static void OnPanic(string message)
    {
        Write($"\nprogram runtime failure: {message}\n");
        _api->Exit(UnhandledExceptionExitCode);
    }

    // The .NET-style report of an exception nobody caught, then the program ends.
    private static void OnUnhandledException(object exception)
    {
        Write($"\nUnhandled exception. {exception}\n");
        _api->Exit(UnhandledExceptionExitCode);
    }

    private static string SymbolContaining(nuint address, nuint* start)
    {
        char* buffer = stackalloc char[256];
        ulong symbolStart = 0;
        int length = _api->SymbolAt(address, buffer, 256, &symbolStart);
        if (length < 0)
            return null;
        *start = (nuint)symbolStart;
        return new string(buffer, 0, length);
    }

    private static string SymbolNameAt(nuint address)
    {
        nuint start = 0;
        string name = SymbolContaining(address, &start);
        return start == address ? name : null;
    }

    private static nint StackTopFor(nint address) => (nint)_stackTop;

    private static byte* RegionFromKernel(nuint size) => (byte*)_api->Allocate(size);

    private static ulong Microseconds() => _api->Milliseconds() * 1000;

    private static string FromAscii(byte* text)
    {
        int length = 0;
        while (text[length] != 0)
            length++;
        var characters = new char[length];
        for (int i = 0; i < length; i++)
            characters[i] = (char)text[i];
        return new string(characters);
    }

    [DllImport("*", EntryPoint = "ralph_program_modules_start")]
    private static extern void** ModulesStart();

    [DllImport("*", EntryPoint = "ralph_program_modules_end")]
    private static extern void** ModulesEnd();
}
