// IClock: monotonic milliseconds for every timer in the stack (the kernel's PIT tick count,
// a fake clock in tests). The stack never reads wall-clock time.
namespace RalphOS.Net.Iface;

public interface IClock
{
    long NowMs { get; }
}
