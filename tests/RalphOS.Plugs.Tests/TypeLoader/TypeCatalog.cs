// TypeCatalog: fake types (FakeGenericTypes) named as C# writes them ("List<__Canon>",
// "Dictionary<string,int>"), for the tests of type signatures and canonical forms: the
// non-generic types object, __Canon, string, int, long, an interface and string[]; the
// definitions List<>, Dictionary<,> and the value type KeyValuePair<,>; instantiations of
// them over those, canonical ones included. Every type has an index in a native references
// table (ReferenceTable), and WriteSignature writes a type's signature as ILC does: an
// External reference to a non-generic type or a definition, an Instantiation (definition,
// then arguments) for a generic type. GenericTypesTable lists chosen instantiations as the
// image's table of generic types does.
using System;
using System.Collections.Generic;
using System.Linq;
using Internal.Runtime;

namespace RalphOS.Plugs.Tests.TypeLoader;

internal sealed unsafe class TypeCatalog : IDisposable
{
    private readonly FakeGenericTypes _types = new();
    private readonly List<string> _names = new();
    private readonly Dictionary<string, nint> _byName = new();
    private readonly Dictionary<string, (string Definition, string[] Arguments)> _instantiations = new();

    public TypeCatalog()
    {
        Add("object", _types.Object);
        Add("__Canon", _types.Canon);
        Add("string", _types.String);
        Add("int", _types.Int32);
        Add("long", _types.Int64);
        Add("IComparable", _types.Interface);
        Add("string[]", _types.SzArrayOf(_types.String));
        Add("List<>", _types.Definition(1));
        Add("Dictionary<,>", _types.Definition(2));
        Add("KeyValuePair<,>", _types.Definition(2, FakeGenericTypes.ElementTypeValueType));
        foreach (string argument in new[] { "__Canon", "string", "object", "int" })
            Instantiate("List<>", argument);
        foreach (string argument in new[] { "__Canon", "string", "int" })
            Instantiate("List<>", $"List<{argument}>");
        Instantiate("Dictionary<,>", "string", "int");
        Instantiate("Dictionary<,>", "string", "long");
        Instantiate("Dictionary<,>", "int", "int");
        Instantiate("Dictionary<,>", "int", "string");
        Instantiate("Dictionary<,>", "__Canon", "int");
        Instantiate("Dictionary<,>", "__Canon", "__Canon");
        Instantiate("Dictionary<,>", "string", "List<int>");
        Instantiate("Dictionary<,>", "string", "List<string>");
        Instantiate("Dictionary<,>", "__Canon", "List<__Canon>");
        Instantiate("KeyValuePair<,>", "__Canon", "int");
        Instantiate("KeyValuePair<,>", "string", "int");
        Instantiate("KeyValuePair<,>", "int", "int");
    }

    public FakeGenericTypes Types => _types;

    public MethodTable* this[string name] => (MethodTable*)_byName[name];

    public uint IndexOf(string name) => (uint)_names.IndexOf(name);

    public void Dispose() => _types.Dispose();

    public (nint Start, nint End) ReferenceTable() => _types.ReferenceTable(_names.Select(name => _byName[name]).ToArray());

    public void WriteSignature(NativeBlobWriter writer, string name)
    {
        if (!_instantiations.TryGetValue(name, out (string Definition, string[] Arguments) instantiation))
        {
            writer.WriteExternalType(IndexOf(name));
            return;
        }
        writer.WriteInstantiation((uint)instantiation.Arguments.Length);
        writer.WriteExternalType(IndexOf(instantiation.Definition));
        foreach (string argument in instantiation.Arguments)
            WriteSignature(writer, argument);
    }

    // The image's hashtable of generic types: entries hold native references indices.
    public static byte[] GenericTypesTable(IEnumerable<uint> indices)
    {
        var random = new Random(7);
        var entries = indices.Select(index => ((uint)random.Next(), index)).ToList();
        return NativeHashtableWriter.TableOfValues(entries, bucketShift: 2, widthCode: 0);
    }

    private void Add(string name, MethodTable* type)
    {
        _names.Add(name);
        _byName.Add(name, (nint)type);
    }

    private void Instantiate(string definition, params string[] arguments)
    {
        string name = $"{definition[..definition.IndexOf('<')]}<{string.Join(",", arguments)}>";
        var argumentTypes = new MethodTable*[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
            argumentTypes[i] = this[arguments[i]];
        Add(name, _types.Instantiate(this[definition], argumentTypes));
        _instantiations.Add(name, (definition, arguments));
    }
}
