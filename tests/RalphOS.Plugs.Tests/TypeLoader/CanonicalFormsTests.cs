// Tests of CanonicalForms: which class is the __Canon placeholder (fewer vtable slots than
// its base, which no real class has); whether a canonical type covers an actual one, given
// as a MethodTable (CoversType) and as a type signature (Covers): __Canon covers every
// reference type (classes, interfaces, arrays, generic classes over value types) and no
// value type, generic types are covered argument by argument, and exact types cover only
// themselves. The same cases drive both forms. Covers reads External references through
// ModuleTables.NativeReferences, which each test sets.
using System;
using System.Collections.Generic;
using Internal.Runtime;
using Internal.Runtime.TypeLoader;
using Xunit;

namespace RalphOS.Plugs.Tests.TypeLoader;

[Collection(ModuleTablesScope.Collection)]
public unsafe class CanonicalFormsTests : IDisposable
{
    private const uint Sentinel = 12345;

    private readonly TypeCatalog _catalog = new();
    private readonly ModuleTablesScope _tables = new();

    public CanonicalFormsTests()
    {
        (nint start, nint end) = _catalog.ReferenceTable();
        _tables.Record(ModuleTablesScope.NativeReferencesSection, start, end);
    }

    public static IEnumerable<object[]> Cases => new[]
    {
        new object[] { "__Canon", "string", true },
        new object[] { "__Canon", "object", true },
        new object[] { "__Canon", "IComparable", true },
        new object[] { "__Canon", "string[]", true },
        new object[] { "__Canon", "List<int>", true },
        new object[] { "__Canon", "__Canon", true },
        new object[] { "__Canon", "int", false },
        new object[] { "__Canon", "KeyValuePair<string,int>", false },
        new object[] { "int", "int", true },
        new object[] { "int", "long", false },
        new object[] { "string", "object", false },
        new object[] { "List<__Canon>", "List<string>", true },
        new object[] { "List<__Canon>", "List<object>", true },
        new object[] { "List<__Canon>", "List<List<int>>", true },
        new object[] { "List<__Canon>", "List<int>", false },
        new object[] { "List<__Canon>", "string", false },
        new object[] { "List<__Canon>", "Dictionary<string,int>", false },
        new object[] { "List<string>", "List<string>", true },
        new object[] { "List<string>", "List<object>", false },
        new object[] { "List<List<__Canon>>", "List<List<string>>", true },
        new object[] { "List<List<__Canon>>", "List<List<int>>", false },
        new object[] { "List<List<__Canon>>", "List<string>", false },
        new object[] { "Dictionary<__Canon,int>", "Dictionary<string,int>", true },
        new object[] { "Dictionary<__Canon,int>", "Dictionary<string,long>", false },
        new object[] { "Dictionary<__Canon,int>", "Dictionary<int,int>", false },
        new object[] { "Dictionary<__Canon,__Canon>", "Dictionary<string,List<int>>", true },
        new object[] { "Dictionary<__Canon,__Canon>", "Dictionary<string,int>", false },
        new object[] { "Dictionary<__Canon,List<__Canon>>", "Dictionary<string,List<string>>", true },
        new object[] { "Dictionary<__Canon,List<__Canon>>", "Dictionary<string,List<int>>", false },
        new object[] { "KeyValuePair<__Canon,int>", "KeyValuePair<string,int>", true },
        new object[] { "KeyValuePair<__Canon,int>", "KeyValuePair<int,int>", false },
        new object[] { "KeyValuePair<__Canon,int>", "Dictionary<string,int>", false },
    };

    public void Dispose()
    {
        _tables.Dispose();
        _catalog.Dispose();
    }

    [Fact]
    public void OnlyAClassWithFewerSlotsThanItsBaseIsThePlaceholder()
    {
        FakeGenericTypes types = _catalog.Types;
        MethodTable* sameSlotsAsBase = types.NonGeneric(MethodTable.ElementTypeClass, types.Object, 3);
        MethodTable* valueTypeWithNoSlots = types.NonGeneric(FakeGenericTypes.ElementTypeInt32, types.Object, 0);
        MethodTable* interfaceWithNoSlots = types.NonGeneric(MethodTable.ElementTypeInterface, null, 0);

        Assert.True(CanonicalForms.IsCanonPlaceholder(_catalog["__Canon"]));
        Assert.False(CanonicalForms.IsCanonPlaceholder(_catalog["object"]));
        Assert.False(CanonicalForms.IsCanonPlaceholder(_catalog["string"]));
        Assert.False(CanonicalForms.IsCanonPlaceholder(_catalog["List<__Canon>"]));
        Assert.False(CanonicalForms.IsCanonPlaceholder(_catalog["string[]"]));
        Assert.False(CanonicalForms.IsCanonPlaceholder(sameSlotsAsBase));
        Assert.False(CanonicalForms.IsCanonPlaceholder(valueTypeWithNoSlots));
        Assert.False(CanonicalForms.IsCanonPlaceholder(interfaceWithNoSlots));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CoversTypeAsCSharpSharesGenericCode(string template, string actual, bool expected)
    {
        Assert.Equal(expected, CanonicalForms.CoversType(_catalog[template], _catalog[actual]));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CoversSignatureAsCSharpSharesGenericCode(string template, string actual, bool expected)
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, template);
        using var blob = new GuardedBlob(writer.ToArray());
        var signature = new NativeParser(blob.Reader, 0);

        Assert.Equal(expected, CanonicalForms.Covers(ref signature, _catalog[actual]));
    }

    // A covering signature is read to its end, so what follows it can be read next.
    [Theory]
    [InlineData("__Canon", "string")]
    [InlineData("List<List<__Canon>>", "List<List<string>>")]
    [InlineData("Dictionary<__Canon,List<__Canon>>", "Dictionary<string,List<string>>")]
    [InlineData("KeyValuePair<__Canon,int>", "KeyValuePair<string,int>")]
    public void CoveringSignatureLeavesTheParserAfterIt(string template, string actual)
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, template);
        writer.WriteUnsigned(Sentinel);
        using var blob = new GuardedBlob(writer.ToArray());
        var signature = new NativeParser(blob.Reader, 0);

        Assert.True(CanonicalForms.Covers(ref signature, _catalog[actual]));
        Assert.Equal(Sentinel, signature.GetUnsigned());
    }

    // Covers moves the parser past the signature on a mismatch too.
    [Theory]
    [InlineData("Dictionary<__Canon,List<__Canon>>", "Dictionary<int,int>")]
    [InlineData("Dictionary<__Canon,List<__Canon>>", "List<string>")]
    [InlineData("List<List<__Canon>>", "int")]
    public void NotCoveringSignatureLeavesTheParserAfterIt(string template, string actual)
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, template);
        writer.WriteUnsigned(Sentinel);
        using var blob = new GuardedBlob(writer.ToArray());
        var signature = new NativeParser(blob.Reader, 0);

        Assert.False(CanonicalForms.Covers(ref signature, _catalog[actual]));
        Assert.Equal(Sentinel, signature.GetUnsigned());
    }

    [Fact]
    public void NothingCoversNull()
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, "__Canon");
        using var blob = new GuardedBlob(writer.ToArray());
        var signature = new NativeParser(blob.Reader, 0);

        Assert.False(CanonicalForms.CoversType(_catalog["__Canon"], null));
        Assert.False(CanonicalForms.CoversType(null, _catalog["string"]));
        Assert.False(CanonicalForms.Covers(ref signature, null));
    }

    // Variables and arrays are not canonical forms; a signature cut short covers nothing.
    [Fact]
    public void SignaturesOfOtherKindsCoverNothing()
    {
        var writer = new NativeBlobWriter();
        writer.WriteTypeVariable(0, GenericParameterOwner.Method);
        writer.WriteArrayOf();
        writer.WriteExternalType(_catalog.IndexOf("__Canon"));
        writer.WriteInstantiation(1);
        writer.WriteExternalType(_catalog.IndexOf("List<>"));
        using var blob = new GuardedBlob(writer.ToArray());
        var variable = new NativeParser(blob.Reader, 0);
        var array = new NativeParser(blob.Reader, 1);
        var cut = new NativeParser(blob.Reader, 3);

        Assert.False(CanonicalForms.Covers(ref variable, _catalog["string"]));
        Assert.False(CanonicalForms.Covers(ref array, _catalog["string[]"]));
        Assert.False(CanonicalForms.Covers(ref cut, _catalog["List<string>"]));
    }

    // A lookback (a compressed signature ILC 10 never writes) covers nothing.
    [Fact]
    public void LookbackCoversNothing()
    {
        var writer = new NativeBlobWriter();
        _catalog.WriteSignature(writer, "__Canon");
        int lookback = writer.Position;
        writer.WriteLookback(0);
        using var blob = new GuardedBlob(writer.ToArray());
        var signature = new NativeParser(blob.Reader, (uint)lookback);

        Assert.False(CanonicalForms.Covers(ref signature, _catalog["string"]));
    }
}
