// Named BASIC program texts for LOAD, SAVE and FILES. Names are given without ".bas"; the
// store decides how to map them (embedded bas/ files, an in-memory table, a disk later).
namespace RalphOS.Basic.Host;

public interface IBasicFileStore
{
    /// <summary>Finds a program text by name; false if there is none.</summary>
    bool TryLoad(string name, out string text);

    /// <summary>Stores a program text; false if the store refuses (full, bad name).</summary>
    bool Save(string name, string text);

    /// <summary>All names, sorted, one per entry.</summary>
    string[] List();
}
