// GenericTypes: the instantiated generic type (List<string>) that shared code needs. ILC
// lists every constructed generic type the type loader might be asked for in a hashtable
// whose entries are native references indices; a type it did not make is built from the
// template of its canonical form (GenericTypeBuilder) and remembered here, so each
// instantiation exists once.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericTypes
{
    private const int MaxBuilt = 512;

    private static MethodTable** _built;
    private static int _builtCount;

    public static MethodTable* Get(MethodTable* definition, MethodTable** arguments, uint count, int depth, out string problem)
    {
        problem = null;
        for (int i = 0; i < _builtCount; i++)
        {
            if (Matches(_built[i], definition, arguments, count))
                return _built[i];
        }
        NativeHashtable table = new NativeHashtable(ModuleTables.GenericTypesHashtable, 0);
        NativeHashtable.Enumerator entries = table.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            MethodTable* type = (MethodTable*)ModuleTables.NativeReferences[entry.GetUnsigned()];
            if (type != null && !entry.Failed && Matches(type, definition, arguments, count))
                return type;
        }
        return GenericTypeBuilder.Build(definition, arguments, count, depth, out problem);
    }

    // Called by GenericTypeBuilder as soon as a new type has its type arguments, before its
    // base type and interfaces are worked out (they may name the type itself).
    public static bool Remember(MethodTable* type)
    {
        if (_built == null)
            _built = (MethodTable**)ManagedHeap.AllocateNative((nuint)(MaxBuilt * sizeof(MethodTable*)));
        if (_built == null || _builtCount == MaxBuilt)
            return false;
        _built[_builtCount++] = type;
        return true;
    }

    private static bool Matches(MethodTable* type, MethodTable* definition, MethodTable** arguments, uint count)
    {
        if (type->GenericDefinition != definition || type->GenericArity != count)
            return false;
        for (uint i = 0; i < count; i++)
        {
            if (type->GenericArgument(i) != arguments[i])
                return false;
        }
        return true;
    }
}
