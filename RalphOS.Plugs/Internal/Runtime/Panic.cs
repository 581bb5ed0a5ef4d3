// Panic: the end of the road for an unrecoverable error in managed code: corrupted runtime
// state, or a failure no exception can report (runtime failures that .NET reports as
// exceptions are thrown: ThrowHelpers). The kernel installs a handler that prints the
// message and a backtrace and stops; before it does, we halt the CPU.
using System;
using System.Runtime.InteropServices;

namespace Internal.Runtime;

public static unsafe class Panic
{
    // Set by the kernel at boot. Must not return.
    public static delegate*<string, void> Handler;

    // Set by the kernel: the name of the symbol at an address (a MethodTable, a method), or null.
    public static delegate*<nuint, string> SymbolResolver;

    // A type's name from its MethodTable's symbol (ILC's _ZTV<length><name>, Boxed_<name>
    // for a value type), or its address when there is no symbol (a type built at run time).
    public static string DescribeType(nuint address)
    {
        string name = SymbolResolver != null ? SymbolResolver(address) : null;
        if (name == null)
            return string.Concat("type at 0x", Number.UInt64ToHex(address));
        int start = name.StartsWith("_ZTV") ? 4 : 0;
        while (start > 0 && start < name.Length && name[start] >= '0' && name[start] <= '9')
            start++;
        string typeName = name.Substring(start);
        return typeName.StartsWith("Boxed_") ? typeName.Substring(6) : typeName;
    }

    public static void Fail(string message)
    {
        if (Handler != null)
            Handler(message);
        HaltForever();
    }

    [DllImport("*", EntryPoint = "ralph_halt_forever")]
    private static extern void HaltForever();
}
