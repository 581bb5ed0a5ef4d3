// GenericTypes: finds an instantiated generic type (List<string>) among those the image
// contains: ILC lists every constructed generic type the type loader might be asked for in
// a hashtable whose entries are native references indices. Types it did not make are
// built from templates (GenericTypeBuilder, which also remembers them).
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericTypes
{
    public static MethodTable* FindInImage(MethodTable* definition, MethodTable** arguments, uint count)
    {
        NativeHashtable table = new NativeHashtable(ModuleTables.GenericTypesHashtable, 0);
        NativeHashtable.Enumerator entries = table.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            MethodTable* type = (MethodTable*)ModuleTables.NativeReferences[entry.GetUnsigned()];
            if (type != null && !entry.Failed && Matches(type, definition, arguments, count))
                return type;
        }
        return null;
    }

    public static bool Matches(MethodTable* type, MethodTable* definition, MethodTable** arguments, uint count)
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
