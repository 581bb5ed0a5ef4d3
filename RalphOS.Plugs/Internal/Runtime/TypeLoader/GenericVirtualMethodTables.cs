// GenericVirtualMethodTables: which method a generic virtual method call lands on, from the
// two tables ILC writes (dotnet/runtime GenericVirtualMethodTableNode and
// InterfaceGenericVirtualMethodTableNode, as ILC 10 encodes them; types are indices into
// the common fixups table, methods are metadata handles):
//   class table entry:  declaring type, overriding type, declaring method, overriding method
//                       (generic types appear as their definitions, List<> for List<int>)
//   interface entry:    interface, interface method, implementation count, then per
//                       implementation: method (or a special value for a diamond or a
//                       re-abstraction), its type, the number of implementing types, and per
//                       type: the type, the number of its interfaces the method implements,
//                       and their native layout signature offsets.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericVirtualMethodTables
{
    // Special "methods" of an interface entry (SpecialGVMInterfaceEntry): no single answer.
    private const uint FirstSpecialEntry = 0xFFFFFFF0;

    // The override of `method` (declared on `declaringType`) that `type` or its nearest base
    // type provides.
    public static bool FindOverride(MethodTable* declaringType, int method, MethodTable* type, out MethodTable* implementationType, out int implementation)
    {
        for (MethodTable* current = type; current != null; current = current->BaseType)
        {
            NativeHashtable table = new NativeHashtable(ModuleTables.GenericVirtualMethodTable, 0);
            NativeHashtable.Enumerator entries = table.EnumerateAll();
            while (entries.Next(out NativeParser entry))
            {
                MethodTable* callingType = (MethodTable*)ModuleTables.CommonFixups[entry.GetUnsigned()];
                MethodTable* targetType = (MethodTable*)ModuleTables.CommonFixups[entry.GetUnsigned()];
                int callingMethod = (int)entry.GetUnsigned();
                int targetMethod = (int)entry.GetUnsigned();
                if (!entry.Failed && callingType == Definition(declaringType) && callingMethod == method && targetType == Definition(current))
                {
                    implementationType = current;
                    implementation = targetMethod;
                    return true;
                }
            }
        }
        implementationType = null;
        implementation = 0;
        return false;
    }

    // The method that implements interface method `method` of `interfaceType` for `type`
    // (its own implementation or one inherited from a base class). `problem` says why not.
    public static bool FindInterfaceImplementation(MethodTable* interfaceType, int method, MethodTable* type, out MethodTable* implementationType, out int implementation, out string problem)
    {
        problem = null;
        for (MethodTable* current = type; current != null; current = current->BaseType)
        {
            NativeHashtable table = new NativeHashtable(ModuleTables.InterfaceGenericVirtualMethodTable, 0);
            NativeHashtable.Enumerator entries = table.EnumerateAll();
            while (entries.Next(out NativeParser entry))
            {
                MethodTable* callingType = (MethodTable*)ModuleTables.CommonFixups[entry.GetUnsigned()];
                int callingMethod = (int)entry.GetUnsigned();
                if (entry.Failed || callingType != Definition(interfaceType) || callingMethod != method)
                    continue;
                if (FindImplementingType(ref entry, interfaceType, current, out implementationType, out implementation, out problem))
                    return true;
                if (problem != null)
                    return false;
            }
        }
        implementationType = null;
        implementation = 0;
        problem ??= "no implementation of the interface method for this type";
        return false;
    }

    private static MethodTable* Definition(MethodTable* type) => type->IsGeneric ? type->GenericDefinition : type;

    // The type that declares the implementing method, as `type` sees it: `type` or a base
    // class (List<int> where the table names List<>), or for a default interface method the
    // interface (the instance `type` implements, for a generic one).
    private static MethodTable* Instantiation(MethodTable* declaringType, MethodTable* type, MethodTable* interfaceType)
    {
        if (!declaringType->IsGenericTypeDefinition)
            return declaringType;
        for (MethodTable* current = type; current != null; current = current->BaseType)
        {
            if (Definition(current) == declaringType)
                return current;
        }
        if (Definition(interfaceType) == declaringType)
            return interfaceType;
        MethodTable** interfaces = type->InterfaceMap;
        for (int i = 0; i < type->NumInterfaces; i++)
        {
            if (Definition(interfaces[i]) == declaringType)
                return interfaces[i];
        }
        return null;
    }

    private static bool FindImplementingType(ref NativeParser entry, MethodTable* interfaceType, MethodTable* type, out MethodTable* implementationType, out int implementation, out string problem)
    {
        problem = null;
        uint implementations = entry.GetUnsigned();
        for (uint i = 0; i < implementations && !entry.Failed; i++)
        {
            uint methodOrSpecial = entry.GetUnsigned();
            bool special = methodOrSpecial >= FirstSpecialEntry;
            MethodTable* methodType = special ? null : (MethodTable*)ModuleTables.CommonFixups[entry.GetUnsigned()];
            uint implementingTypes = entry.GetUnsigned();
            for (uint t = 0; t < implementingTypes && !entry.Failed; t++)
            {
                MethodTable* implementingType = (MethodTable*)ModuleTables.CommonFixups[entry.GetUnsigned()];
                uint interfaces = entry.GetUnsigned();
                bool matches = false;
                for (uint n = 0; n < interfaces && !entry.Failed; n++)
                {
                    NativeParser signature = new NativeParser(ModuleTables.NativeLayoutInfo, entry.GetUnsigned());
                    if (implementingType == Definition(type) && TypeSignatures.Resolve(ref signature, new GenericContext(type, null, 0), out _) == interfaceType)
                        matches = true;
                }
                if (!matches)
                    continue;
                if (special || methodType == null)
                {
                    problem = "the interface method has no single implementation for this type (a diamond or a re-abstraction)";
                    break;
                }
                implementationType = Instantiation(methodType, type, interfaceType);
                if (implementationType == null)
                {
                    problem = "the type that declares the implementing method is not among the object's types";
                    break;
                }
                implementation = (int)methodOrSpecial;
                return true;
            }
        }
        if (entry.Failed)
            problem = "the interface generic virtual method table could not be read";
        implementationType = null;
        implementation = 0;
        return false;
    }
}
