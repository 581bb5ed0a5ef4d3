// GatedFileStore: every call of the BASIC file store runs inside the disk gate (entered
// once, left once, even when the store throws), and every member of IBasicFileStore is
// forwarded by the wrapper itself: a member left to the interface's default method would
// skip the disk, so this fails when the interface grows one the wrapper does not forward.
using System;
using System.Collections.Generic;
using System.Reflection;
using RalphOS.Basic.Host;
using RalphOS.Kernel.Storage;
using Xunit;

namespace RalphOS.Storage.Tests;

public class GatedFileStoreTests
{
    private sealed class CountingGate : IDiskGate
    {
        public int Depth, Entries;
        public void Enter() { Depth++; Entries++; }
        public void Exit() { Depth--; }
    }

    // A store that records whether the gate was held during each call.
    private sealed class ProbeStore : IBasicFileStore
    {
        public CountingGate Gate;
        public List<string> Calls = new List<string>();
        private void Note(string call) { Assert.Equal(1, Gate.Depth); Calls.Add(call); }
        public bool TryLoad(string name, out string text) { Note("load"); text = "10 END\n"; return true; }
        public bool Save(string name, string text) { Note("save"); return true; }
        public string[] List() { Note("list"); return new[] { "A" }; }
        public bool TrySave(string name, string text, out string message) { Note("trysave"); message = null; return true; }
        public string Listing() { Note("listing"); return "A.BAS\n"; }
        public string Delete(string name) { Note("delete"); throw new InvalidOperationException("disk gone"); }
        public string Rename(string from, string to) { Note("rename"); return null; }
        public string MakeDirectory(string name) { Note("mkdir"); return null; }
        public string ChangeDirectory(string name) { Note("chdir"); return null; }
        public string RemoveDirectory(string name) { Note("rmdir"); return null; }
    }

    [Fact]
    public void EveryCallRunsInsideTheGateAndLeavesIt()
    {
        var gate = new CountingGate();
        var inner = new ProbeStore { Gate = gate };
        IBasicFileStore store = new GatedFileStore(inner, gate);
        store.TryLoad("a", out _);
        store.Save("a", "x");
        store.List();
        store.TrySave("a", "x", out _);
        store.Listing();
        Assert.Throws<InvalidOperationException>(() => store.Delete("a"));
        store.Rename("a", "b");
        store.MakeDirectory("d");
        store.ChangeDirectory("d");
        store.RemoveDirectory("d");
        Assert.Equal(10, inner.Calls.Count);
        Assert.Equal(10, gate.Entries);
        Assert.Equal(0, gate.Depth);
    }

    [Fact]
    public void TheWrapperForwardsEveryMemberOfTheInterface()
    {
        InterfaceMapping map = typeof(GatedFileStore).GetInterfaceMap(typeof(IBasicFileStore));
        for (int i = 0; i < map.InterfaceMethods.Length; i++)
            Assert.True(map.TargetMethods[i].DeclaringType == typeof(GatedFileStore),
                $"GatedFileStore does not forward IBasicFileStore.{map.InterfaceMethods[i].Name}: it would bypass the disk gate");
    }
}
