// PanicTests: a CPU exception in the kernel core produces the full panic report: the
// exception's name, the faulting address for a page fault, registers and a backtrace with
// C# method names; then the machine halts. (Faults in ordinary tasks: TaskTests.)
using System.Text.RegularExpressions;
using Xunit;

namespace RalphOS.Kernel.Tests;

public class PanicTests
{
    [Fact]
    public void NullDereferenceReportsPageFaultWithSymbolizedBacktrace()
    {
        using var console = KernelConsole.Boot(nameof(NullDereferenceReportsPageFaultWithSymbolizedBacktrace));
        console.Machine.Send("panic-test\r");
        console.Machine.WaitFor("system halted.", KernelConsole.CommandTimeout);
        string report = console.Machine.SerialOutput;
        Assert.Contains("KERNEL PANIC: CPU exception Page Fault (#PF) (vector 14)", report);
        Assert.Contains("CR2 0x0000000000000000 (the address that faulted: a null reference)", report);
        Assert.Matches(@"RAX=0x[0-9a-f]{16} RBX=0x[0-9a-f]{16}", report);
        Assert.Matches(@"RIP 0x[0-9a-f]{16} RalphOS_Kernel_RalphOS_Kernel_Tasks_KernelCore__Run\+0x[0-9a-f]{4}", report);
        // The backtrace walks from the faulting method in the kernel core back to kmain.
        Assert.Matches(new Regex(@"#0 0x[0-9a-f]{16} \S*KernelCore__Run.*\n(.*\n)*.*#\d 0x[0-9a-f]{16} kmain"), report);
    }
}
