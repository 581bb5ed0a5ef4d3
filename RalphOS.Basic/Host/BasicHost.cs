// The bundle of host services one BASIC session uses. The kernel, the host runner and the
// tests each build one; missing services fall back to harmless stand-ins (no screen:
// NoGraphics, so graphics statements report "Screen unavailable").
namespace RalphOS.Basic.Host;

public sealed class BasicHost
{
    public IBasicConsole Console { get; }
    public IBasicClock Clock { get; }
    public IBasicFileStore Files { get; }
    public IBasicSystem System { get; }
    public IBasicSockets Sockets { get; }
    public IBasicGraphics Graphics { get; }

    public BasicHost(IBasicConsole console, IBasicClock clock, IBasicFileStore files,
        IBasicSystem system, IBasicSockets sockets, IBasicGraphics graphics = null)
    {
        Console = console;
        Clock = clock;
        Files = files ?? new MemoryFileStore();
        System = system ?? new NoSystem();
        Sockets = sockets ?? new NoSockets();
        Graphics = graphics ?? new NoGraphics();
    }
}
