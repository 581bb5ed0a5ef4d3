// Tests of what MethodTable reads of generic types: an instantiation's definition, arity
// and type arguments (one argument stored directly, several through an array of relative
// pointers), found after the optional dispatch map, finalizer and sealed-slot pointers
// whichever of them the type has, and past vtables and interface maps of any size; the
// optional pointers themselves still read right beside the generic ones; a definition's
// arity; nothing for non-generic types and indices past the arity.
using Internal.Runtime;
using Xunit;

namespace RalphOS.Plugs.Tests.TypeLoader;

public unsafe class GenericMethodTableTests
{
    [Theory]
    [InlineData(1, OptionalRelativeFields.None, 0, 0)]
    [InlineData(1, OptionalRelativeFields.DispatchMap, 5, 2)]
    [InlineData(1, OptionalRelativeFields.SealedSlots, 1, 0)]
    [InlineData(1, OptionalRelativeFields.Finalizer | OptionalRelativeFields.SealedSlots, 9, 1)]
    [InlineData(1, OptionalRelativeFields.DispatchMap | OptionalRelativeFields.Finalizer | OptionalRelativeFields.SealedSlots, 4, 3)]
    [InlineData(2, OptionalRelativeFields.None, 5, 2)]
    [InlineData(2, OptionalRelativeFields.DispatchMap, 0, 0)]
    [InlineData(2, OptionalRelativeFields.SealedSlots, 7, 1)]
    [InlineData(2, OptionalRelativeFields.DispatchMap | OptionalRelativeFields.SealedSlots, 3, 2)]
    [InlineData(2, OptionalRelativeFields.DispatchMap | OptionalRelativeFields.Finalizer | OptionalRelativeFields.SealedSlots, 12, 4)]
    [InlineData(3, OptionalRelativeFields.Finalizer, 5, 2)]
    public void InstantiationNamesItsDefinitionAndArguments(int arity, OptionalRelativeFields optional, int vtableSlots, int interfaces)
    {
        using var types = new FakeGenericTypes();
        MethodTable* definition = types.Definition(arity);
        MethodTable*[] candidates = { types.String, types.Int32, types.Interface };
        var arguments = new MethodTable*[arity];
        for (int i = 0; i < arity; i++)
            arguments[i] = candidates[i];

        MethodTable* type = types.Instantiate(definition, arguments, optional, vtableSlots, interfaces);

        Assert.True(type->IsGeneric);
        Assert.False(type->IsGenericTypeDefinition);
        Assert.Equal((nint)definition, (nint)type->GenericDefinition);
        Assert.Equal((uint)arity, type->GenericArity);
        for (int i = 0; i < arity; i++)
            Assert.Equal((nint)arguments[i], (nint)type->GenericArgument((uint)i));
        Assert.True(type->GenericArgument((uint)arity) == null);
        Assert.True(type->GenericArgument(uint.MaxValue) == null);
        Assert.Equal(types.DispatchMapOf(type), (nint)type->DispatchMap);
        Assert.Equal(types.SealedSlotsOf(type), (nint)type->SealedVirtualSlots);
    }

    // Dictionary<string, List<int>>: the argument of an argument.
    [Fact]
    public void ArgumentsAreTypesInTheirOwnRight()
    {
        using var types = new FakeGenericTypes();
        MethodTable* listOfInt = types.Instantiate(types.Definition(1), new[] { types.Int32 }, OptionalRelativeFields.SealedSlots);
        MethodTable* dictionaryDefinition = types.Definition(2);

        MethodTable* dictionary = types.Instantiate(dictionaryDefinition, new[] { types.String, listOfInt }, OptionalRelativeFields.DispatchMap);

        Assert.Equal((nint)listOfInt, (nint)dictionary->GenericArgument(1));
        Assert.Equal((nint)types.Int32, (nint)dictionary->GenericArgument(1)->GenericArgument(0));
        Assert.Equal(1u, dictionary->GenericArgument(1)->GenericArity);
    }

    // A definition keeps its arity in the base size field; the value type kind as well.
    [Theory]
    [InlineData(1, MethodTable.ElementTypeClass)]
    [InlineData(2, MethodTable.ElementTypeClass)]
    [InlineData(2, FakeGenericTypes.ElementTypeValueType)]
    [InlineData(5, MethodTable.ElementTypeInterface)]
    public void DefinitionKnowsItsArity(int arity, int elementType)
    {
        using var types = new FakeGenericTypes();

        MethodTable* definition = types.Definition(arity, elementType);

        Assert.True(definition->IsGenericTypeDefinition);
        Assert.Equal((uint)arity, definition->GenericArity);
    }

    [Fact]
    public void NonGenericTypesHaveNoGenericParts()
    {
        using var types = new FakeGenericTypes();
        MethodTable* withOptionalFields = types.NonGeneric(MethodTable.ElementTypeClass, types.Object, 4, 1,
            OptionalRelativeFields.DispatchMap | OptionalRelativeFields.Finalizer | OptionalRelativeFields.SealedSlots);

        foreach (nint type in new[] { (nint)types.String, (nint)types.Int32, (nint)withOptionalFields, (nint)types.SzArrayOf(types.String) })
        {
            var table = (MethodTable*)type;
            Assert.False(table->IsGeneric);
            Assert.True(table->GenericDefinition == null);
            Assert.Equal(0u, table->GenericArity);
            Assert.True(table->GenericArgument(0) == null);
        }
        Assert.Equal(types.SealedSlotsOf(withOptionalFields), (nint)withOptionalFields->SealedVirtualSlots);
    }
}
