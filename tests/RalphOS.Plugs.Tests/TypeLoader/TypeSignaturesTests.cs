// Tests of TypeSignatures.Resolve, which turns a type signature of the native layout blob
// into a MethodTable: External references through the native references table, type
// parameters of the declaring type and of the method from the generic context, generic
// instantiations looked up among the image's generic types (GenericTypes, reading a
// hashtable of native references indices, through the GenericTypeBuilder stand-in), arrays
// (through the ArrayTypes stand-in); and failure with a reason, never a crash or an endless recursion: indices
// past the tables, instantiations the image lacks, byrefs, unknown kinds, signatures cut
// short (blobs end at a guard page), nesting too deep.
using System;
using System.Collections.Generic;
using System.Linq;
using Internal.Runtime;
using Internal.Runtime.TypeLoader;
using Xunit;

namespace RalphOS.Plugs.Tests.TypeLoader;

[Collection(ModuleTablesScope.Collection)]
public unsafe class TypeSignaturesTests : IDisposable
{
    private const uint Sentinel = 12345;
    private const uint ByRefModifierSignature = NativeBlobWriter.ModifierKind | (NativeBlobWriter.ByRefModifier << 4);

    // The instantiations the image holds (GenericTypes finds only these). Its table also
    // gets an entry whose index is past the native references table: lookups pass over it.
    private static readonly string[] _imageGenericTypes =
    {
        "List<string>", "List<int>", "List<List<string>>", "Dictionary<string,int>", "Dictionary<string,List<int>>",
        "KeyValuePair<string,int>",
    };

    private readonly TypeCatalog _catalog = new();
    private readonly ModuleTablesScope _tables = new();
    private readonly GuardedBlob _genericTypes;

    public TypeSignaturesTests()
    {
        (nint start, nint end) = _catalog.ReferenceTable();
        _tables.Record(ModuleTablesScope.NativeReferencesSection, start, end);
        _genericTypes = new GuardedBlob(TypeCatalog.GenericTypesTable(_imageGenericTypes.Select(_catalog.IndexOf).Append(9999u)));
        _tables.Record(ModuleTablesScope.GenericTypesHashtableSection, _genericTypes.Start, _genericTypes.End);
    }

    public void Dispose()
    {
        _tables.Dispose();
        _genericTypes.Dispose();
        _catalog.Dispose();
    }

    [Theory]
    [InlineData("string")]
    [InlineData("int")]
    [InlineData("IComparable")]
    [InlineData("string[]")]
    [InlineData("List<>")]
    [InlineData("List<string>")]
    [InlineData("List<int>")]
    [InlineData("List<List<string>>")]
    [InlineData("Dictionary<string,int>")]
    [InlineData("Dictionary<string,List<int>>")]
    [InlineData("KeyValuePair<string,int>")]
    public void ResolvesTheTypeASignatureNames(string name)
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, name);

        MethodTable* type = Resolve(writer, GenericContext.None, out string problem);

        Assert.Null(problem);
        Assert.Equal((nint)_catalog[name], (nint)type);
    }

    [Fact]
    public void InstantiationTheImageLacksIsNotBuilt()
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, "Dictionary<int,string>");

        MethodTable* type = Resolve(writer, GenericContext.None, out string problem);

        Assert.True(type == null);
        Assert.Contains("instantiation", problem);
    }

    [Fact]
    public void ExternalIndexPastTheTableFails()
    {
        var writer = new NativeBlobWriter();
        writer.WriteExternalType(_catalog.IndexOf("KeyValuePair<int,int>") + 1);

        MethodTable* type = Resolve(writer, GenericContext.None, out string problem);

        Assert.True(type == null);
        Assert.Contains("native references", problem);
    }

    // In a method of Dictionary<string, List<int>> instantiated over <long, IComparable>.
    [Theory]
    [InlineData(0u, GenericParameterOwner.Type, "string")]
    [InlineData(1u, GenericParameterOwner.Type, "List<int>")]
    [InlineData(0u, GenericParameterOwner.Method, "long")]
    [InlineData(1u, GenericParameterOwner.Method, "IComparable")]
    [InlineData(2u, GenericParameterOwner.Type, null)]
    [InlineData(2u, GenericParameterOwner.Method, null)]
    public void TypeParametersTakeTheContextsArguments(uint index, GenericParameterOwner owner, string expected)
    {
        MethodTable** methodArguments = stackalloc MethodTable*[] { _catalog["long"], _catalog["IComparable"] };
        var context = new GenericContext(_catalog["Dictionary<string,List<int>>"], methodArguments, 2);
        var writer = new NativeBlobWriter();
        writer.WriteTypeVariable(index, owner);

        MethodTable* type = Resolve(writer, context, out string problem);

        Assert.Equal(expected == null ? 0 : (nint)_catalog[expected], (nint)type);
        Assert.Equal(expected == null, problem != null);
    }

    [Theory]
    [InlineData(GenericParameterOwner.Type)]
    [InlineData(GenericParameterOwner.Method)]
    public void TypeParametersOutsideAGenericContextFail(GenericParameterOwner owner)
    {
        var writer = new NativeBlobWriter();
        writer.WriteTypeVariable(0, owner);

        MethodTable* type = Resolve(writer, GenericContext.None, out string problem);

        Assert.True(type == null);
        Assert.NotNull(problem);
    }

    // Dictionary<M0, int> with M0 = string; List<T0> in KeyValuePair<string, int>;
    // List<List<M0>> with M0 = string.
    [Fact]
    public void InstantiationsOverTypeParametersResolveInTheContext()
    {
        MethodTable** methodArguments = stackalloc MethodTable*[] { _catalog["string"] };
        var context = new GenericContext(_catalog["KeyValuePair<string,int>"], methodArguments, 1);
        var dictionary = new NativeBlobWriter();
        dictionary.WriteInstantiation(2);
        dictionary.WriteExternalType(_catalog.IndexOf("Dictionary<,>"));
        dictionary.WriteTypeVariable(0, GenericParameterOwner.Method);
        dictionary.WriteExternalType(_catalog.IndexOf("int"));
        var list = new NativeBlobWriter();
        list.WriteInstantiation(1);
        list.WriteExternalType(_catalog.IndexOf("List<>"));
        list.WriteTypeVariable(0, GenericParameterOwner.Type);
        var nested = new NativeBlobWriter();
        nested.WriteInstantiation(1);
        nested.WriteExternalType(_catalog.IndexOf("List<>"));
        nested.WriteInstantiation(1);
        nested.WriteExternalType(_catalog.IndexOf("List<>"));
        nested.WriteTypeVariable(0, GenericParameterOwner.Method);

        Assert.Equal((nint)_catalog["Dictionary<string,int>"], (nint)Resolve(dictionary, context, out _));
        Assert.Equal((nint)_catalog["List<string>"], (nint)Resolve(list, context, out _));
        Assert.Equal((nint)_catalog["List<List<string>>"], (nint)Resolve(nested, context, out _));
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(9u)]
    public void InstantiationWithoutArgumentsOrWithTooManyFails(uint arguments)
    {
        var writer = new NativeBlobWriter();
        writer.WriteInstantiation(arguments);
        writer.WriteExternalType(_catalog.IndexOf("List<>"));
        for (uint i = 0; i < arguments; i++)
            writer.WriteExternalType(_catalog.IndexOf("string"));
        using var blob = new GuardedBlob(writer.ToArray());
        var parser = new NativeParser(blob.Reader, 0);

        MethodTable* type = TypeSignatures.Resolve(ref parser, GenericContext.None, out string problem);

        Assert.True(type == null);
        Assert.NotNull(problem);
    }

    // The element is resolved in the context and the array type asked of ArrayTypes, whose
    // answer (and reason for none) Resolve passes on.
    [Fact]
    public void ArrayOfAResolvedElementComesFromArrayTypes()
    {
        var asked = new List<nint>();
        nint stringArray = (nint)_catalog["string[]"];
        nint stringType = (nint)_catalog["string"];
        ArrayTypes.Answer = element =>
        {
            asked.Add(element);
            return element == stringType ? stringArray : 0;
        };
        MethodTable** methodArguments = stackalloc MethodTable*[] { _catalog["string"] };
        var context = new GenericContext(null, methodArguments, 1);
        var ofParameter = new NativeBlobWriter();
        ofParameter.WriteArrayOf();
        ofParameter.WriteTypeVariable(0, GenericParameterOwner.Method);
        var ofInt = new NativeBlobWriter();
        ofInt.WriteArrayOf();
        ofInt.WriteExternalType(_catalog.IndexOf("int"));

        Assert.Equal(stringArray, (nint)Resolve(ofParameter, context, out string found));
        Assert.True(Resolve(ofInt, context, out string missing) == null);

        Assert.Null(found);
        Assert.Equal("no array type (test stand-in)", missing);
        Assert.Equal(new[] { stringType, (nint)_catalog["int"] }, asked);
    }

    [Fact]
    public void ByRefIsNotAType()
    {
        var writer = new NativeBlobWriter();
        writer.WriteUnsigned(ByRefModifierSignature);
        writer.WriteExternalType(_catalog.IndexOf("int"));
        using var blob = new GuardedBlob(writer.ToArray());
        var parser = new NativeParser(blob.Reader, 0);

        MethodTable* type = TypeSignatures.Resolve(ref parser, GenericContext.None, out string problem);

        Assert.True(type == null);
        Assert.Contains("byref", problem);
    }

    // Kinds this runtime does not read: none (0), built-in (5), multi-dimensional array
    // (7), function pointer (8), and values no kind has.
    [Theory]
    [InlineData(0u)]
    [InlineData(5u)]
    [InlineData(7u)]
    [InlineData(8u)]
    [InlineData(15u)]
    public void UnknownKindFailsNamingIt(uint kind)
    {
        var writer = new NativeBlobWriter();
        writer.WriteUnsigned(kind | (1u << 4));
        using var blob = new GuardedBlob(writer.ToArray());
        var parser = new NativeParser(blob.Reader, 0);

        MethodTable* type = TypeSignatures.Resolve(ref parser, GenericContext.None, out string problem);

        Assert.True(type == null);
        Assert.EndsWith($"kind {kind}", problem);
    }

    [Theory]
    [InlineData("Dictionary<string,List<int>>")]
    [InlineData("List<List<string>>")]
    public void SignatureCutShortFails(string name)
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, name);
        byte[] bytes = writer.ToArray();

        for (int kept = 0; kept < bytes.Length; kept++)
        {
            using var blob = new GuardedBlob(bytes.AsSpan(0, kept));
            var parser = new NativeParser(blob.Reader, 0);

            MethodTable* type = TypeSignatures.Resolve(ref parser, GenericContext.None, out string problem);

            Assert.True(type == null, $"cut to {kept} bytes, the signature still resolved");
            Assert.NotNull(problem);
        }
    }

    // Arrays of arrays, with ArrayTypes making one for any element: a few levels resolve,
    // a nesting far deeper than any real type fails instead of recursing on.
    [Theory]
    [InlineData(3, true)]
    [InlineData(40, false)]
    [InlineData(5000, false)]
    public void NestingIsBounded(int depth, bool resolves)
    {
        FakeGenericTypes types = _catalog.Types;
        ArrayTypes.Answer = element => (nint)types.SzArrayOf((MethodTable*)element);
        var writer = new NativeBlobWriter();
        for (int i = 0; i < depth; i++)
            writer.WriteArrayOf();
        writer.WriteExternalType(_catalog.IndexOf("int"));

        MethodTable* type = Resolve(writer, GenericContext.None, out string problem);

        Assert.Equal(resolves, type != null);
        Assert.Equal(resolves, problem == null);
        if (resolves)
            Assert.Equal((nint)_catalog["int"], (nint)type->RelatedType->RelatedType->RelatedType);
    }

    // A lookback (a compressed signature ILC 10 never writes) is refused with a reason,
    // rather than followed by a guess at its distance rule.
    [Fact]
    public void LookbackIsRefused()
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, "int");
        int lookback = writer.Position;
        writer.WriteLookback(0);
        using var blob = new GuardedBlob(writer.ToArray());
        var parser = new NativeParser(blob.Reader, (uint)lookback);

        MethodTable* type = TypeSignatures.Resolve(ref parser, GenericContext.None, out string problem);

        Assert.True(type == null);
        Assert.Contains("kind 1", problem);
    }

    // Resolves the signature written, followed by a sentinel value, and checks that a
    // successful resolution leaves the parser at the sentinel.
    private static MethodTable* Resolve(NativeBlobWriter writer, GenericContext context, out string problem)
    {
        writer.WriteUnsigned(Sentinel);
        using var blob = new GuardedBlob(writer.ToArray());
        var parser = new NativeParser(blob.Reader, 0);
        MethodTable* type = TypeSignatures.Resolve(ref parser, context, out problem);
        if (type != null)
            Assert.Equal(Sentinel, parser.GetUnsigned());
        return type;
    }
}
