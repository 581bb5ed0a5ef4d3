// GenericTypes: finds an instantiated generic type (List<string>) that shared code needs,
// among those the image contains: ILC lists every constructed generic type the type loader
// might be asked for in a hashtable whose entries are native references indices. Building
// a generic type that the image lacks (its vtable, dictionary and statics) is not
// supported; the caller reports it.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericTypes
{
    public static MethodTable* Find(MethodTable* definition, MethodTable** arguments, uint count)
    {
        NativeHashtable table = new NativeHashtable(ModuleTables.GenericTypesHashtable, 0);
        NativeHashtable.Enumerator entries = table.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            MethodTable* type = (MethodTable*)ModuleTables.NativeReferences[entry.GetUnsigned()];
            if (type == null || entry.Failed || type->GenericDefinition != definition || type->GenericArity != count)
                continue;
            bool same = true;
            for (uint i = 0; i < count && same; i++)
                same = type->GenericArgument(i) == arguments[i];
            if (same)
                return type;
        }
        return null;
    }
}
