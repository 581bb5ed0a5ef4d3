// The REPL's file commands beyond LOAD/SAVE/FILES: KILL "name" deletes a stored program,
// NAME "old" AS "new" renames one (GW-BASIC's syntax). The file store does the work and
// words the errors ("File not found", "File already exists", "Permission denied" for
// the read-only embedded programs).
namespace RalphOS.Basic.Repl;

public sealed partial class BasicRepl
{
    private void KillCommand(string args)
    {
        string name = FileName(args);
        if (name.Length == 0) { Report("Bad file name"); return; }
        string error = _host.Files.Delete(name);
        if (error != null) Report(error);
    }

    private void NameCommand(string args)
    {
        // NAME "old" AS "new": split at the AS outside quotes.
        int split = -1;
        bool quoted = false;
        for (int i = 0; i + 1 < args.Length && split < 0; i++)
        {
            if (args[i] == '"') quoted = !quoted;
            else if (!quoted && (args[i] == 'A' || args[i] == 'a') && (args[i + 1] == 'S' || args[i + 1] == 's')
                     && (i == 0 || args[i - 1] == ' ' || args[i - 1] == '"')) split = i;
        }
        if (split < 0) { Report("Syntax error"); return; }
        string from = FileName(args.Substring(0, split)), to = FileName(args.Substring(split + 2));
        if (from.Length == 0 || to.Length == 0) { Report("Bad file name"); return; }
        string error = _host.Files.Rename(from, to);
        if (error != null) Report(error);
    }
}
