// The REPL's file commands beyond LOAD/SAVE/FILES: KILL "name" deletes a stored program,
// NAME "old" AS "new" renames one (GW-BASIC's syntax); MKDIR, CHDIR and RMDIR "dir" work on
// the disk's directories (CHDIR ".." goes up, CHDIR "\" to the root). The file store does the work and
// words the errors ("File not found", "File already exists", "Permission denied" for
// the read-only embedded programs; "File already open" when KILL names a file a program
// has open).
namespace RalphOS.Basic.Repl;

public sealed partial class BasicRepl
{
    private void KillCommand(string args)
    {
        string name = FileName(args);
        if (name.Length == 0) { Report("Bad file name"); return; }
        if (Machine.IsFileOpen(name)) { Report("File already open"); return; }
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

    private enum DirectoryAction { Make, Change, Remove }

    private void DirectoryCommand(string args, DirectoryAction action)
    {
        string a = args.Trim();
        if (a.StartsWith("\"")) a = a.Length > 1 && a.IndexOf('"', 1) > 0 ? a.Substring(1, a.IndexOf('"', 1) - 1) : a.Substring(1);
        a = a.Trim().ToUpperInvariant();
        if (a.Length == 0) { Report("Bad file name"); return; }
        string error = action == DirectoryAction.Make ? _host.Files.MakeDirectory(a)
            : action == DirectoryAction.Change ? _host.Files.ChangeDirectory(a)
            : _host.Files.RemoveDirectory(a);
        if (error != null) Report(error);
    }
}
