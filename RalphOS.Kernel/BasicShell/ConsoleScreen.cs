// ConsoleScreen: where the display driver registers the console's screen (null when the
// machine has none, or no driver is built in). BasicSession gives it to the serial
// console's BASIC session; telnet sessions and spawned programs never get it.
namespace RalphOS.Kernel.BasicShell;

internal static class ConsoleScreen
{
    /// <summary>Set once by the display driver at start-up, before the console task starts.</summary>
    public static IScreen Device { get; set; }
}
