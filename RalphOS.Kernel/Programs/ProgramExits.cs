// ProgramExits: how the last few programs ended (task id, name, exit code or the reason
// they ended without one: a fault, a break), kept after their tasks are gone so `tasks`
// and BASIC's TASKS can show them. LoadedProgram.Release records each end.
using System.Text;

namespace RalphOS.Kernel.Programs;

internal static class ProgramExits
{
    private const int Capacity = 8;

    private static readonly string[] _lines = new string[Capacity];
    private static readonly int[] _ids = new int[Capacity];
    private static readonly string[] _hows = new string[Capacity];
    private static int _next;
    private static int _count;

    public static void Record(int taskId, string name, bool hasExitCode, int exitCode, string reason)
    {
        string how = hasExitCode ? $"exit code {exitCode}" : $"no exit code ({reason ?? "ended"})";
        _lines[_next] = $"{taskId,4} {name,-16} {how}";
        _ids[_next] = taskId;
        _hows[_next] = how;
        _next = (_next + 1) % Capacity;
        if (_count < Capacity)
            _count++;
    }

    // How the program in task id ended ("exit code 0", ...), or null when it has not (yet).
    public static string LastEndOf(int taskId)
    {
        for (int i = 0; i < _count; i++)
        {
            int slot = (_next - 1 - i + Capacity) % Capacity;
            if (_ids[slot] == taskId)
                return _hows[slot];
        }
        return null;
    }

    // "programs ended:" and one line per program, oldest first; empty when none has ended.
    public static string FormatRecent()
    {
        if (_count == 0)
            return "";
        var text = new StringBuilder();
        text.Append("programs ended (latest last):\n");
        for (int i = 0; i < _count; i++)
            text.Append(_lines[(_next - _count + i + Capacity) % Capacity]).Append('\n');
        return text.ToString();
    }
}
