// GatedFileStore: a BASIC session's file store (IBasicFileStore) that runs every call of
// the store it wraps (the DiskFileStore) inside the disk gate, so two sessions' SAVEs,
// LOADs and data files never interleave while the driver sleeps on the disk. Every member
// of IBasicFileStore is forwarded here explicitly: one left to its default method would
// bypass the disk; a host test (GatedFileStoreTests) fails when the interface gains a
// member this class does not forward. Created by DiskService.CreateFileStore.
using RalphOS.Basic.Host;

namespace RalphOS.Kernel.Storage;

public sealed class GatedFileStore : IBasicFileStore
{
    private readonly IBasicFileStore _inner;
    private readonly IDiskGate _gate;

    public GatedFileStore(IBasicFileStore inner, IDiskGate gate)
    {
        _inner = inner;
        _gate = gate;
    }

    public bool TryLoad(string name, out string text)
    {
        _gate.Enter();
        try { return _inner.TryLoad(name, out text); }
        finally { _gate.Exit(); }
    }

    public bool Save(string name, string text)
    {
        _gate.Enter();
        try { return _inner.Save(name, text); }
        finally { _gate.Exit(); }
    }

    public string[] List()
    {
        _gate.Enter();
        try { return _inner.List(); }
        finally { _gate.Exit(); }
    }

    public bool TrySave(string name, string text, out string message)
    {
        _gate.Enter();
        try { return _inner.TrySave(name, text, out message); }
        finally { _gate.Exit(); }
    }

    public string Listing()
    {
        _gate.Enter();
        try { return _inner.Listing(); }
        finally { _gate.Exit(); }
    }

    public string Delete(string name)
    {
        _gate.Enter();
        try { return _inner.Delete(name); }
        finally { _gate.Exit(); }
    }

    public string Rename(string from, string to)
    {
        _gate.Enter();
        try { return _inner.Rename(from, to); }
        finally { _gate.Exit(); }
    }

    public string MakeDirectory(string name)
    {
        _gate.Enter();
        try { return _inner.MakeDirectory(name); }
        finally { _gate.Exit(); }
    }

    public string ChangeDirectory(string name)
    {
        _gate.Enter();
        try { return _inner.ChangeDirectory(name); }
        finally { _gate.Exit(); }
    }

    public string RemoveDirectory(string name)
    {
        _gate.Enter();
        try { return _inner.RemoveDirectory(name); }
        finally { _gate.Exit(); }
    }

    public string ReadData(string name, out string text)
    {
        _gate.Enter();
        try { return _inner.ReadData(name, out text); }
        finally { _gate.Exit(); }
    }

    public string WriteData(string name, string text)
    {
        _gate.Enter();
        try { return _inner.WriteData(name, text); }
        finally { _gate.Exit(); }
    }
}
