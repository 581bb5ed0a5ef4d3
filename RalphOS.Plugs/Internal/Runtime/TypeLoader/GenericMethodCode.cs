// GenericMethodCode: the code to run for one instantiation of a generic method, found in
// the tables ILC writes:
//   exact instantiations  code compiled for exactly these type arguments (value types):
//                         entry = type, method, argument count, arguments, code
//                         (types and code are native references indices)
//   method templates      code shared by all reference-type arguments (M<__Canon>): entry =
//                         native layout offsets of the method (flags, code if flag 4, type
//                         signature, method handle, argument signatures if flag 1) and of
//                         its template, whose dictionary layout says what the shared code
//                         needs to know about its type arguments.
// Shared code is called through a fat pointer to {code, dictionary} (FatPointers), which
// compiled call sites unpack (the dictionary is passed after `this`).
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericMethodCode
{
    private const uint HasInstantiationFlag = 0x1;
    private const uint HasFunctionPointerFlag = 0x4;

    // The code (or fat pointer) for `method` of `type` with the given type arguments, or 0
    // with the reason in `problem`.
    public static nint Find(MethodTable* type, int method, MethodTable** arguments, int argumentCount, out string problem)
    {
        problem = null;
        nint exact = FindExact(type, method, arguments, argumentCount);
        if (exact != 0)
            return exact;
        if (!FindTemplate(type, method, arguments, argumentCount, out nint code, out uint templateOffset))
        {
            problem = "no compiled code for this instantiation (neither exact nor shared)";
            return 0;
        }
        GenericContext context = new GenericContext(type, arguments, argumentCount);
        nint* dictionary = GenericDictionaries.Build(templateOffset, context, 0, out problem);
        if (problem != null)
            return 0;
        nint fat = FatPointers.Make(code, (nint)dictionary);
        if (fat == 0)
            problem = "memory ran out";
        return fat;
    }

    private static nint FindExact(MethodTable* type, int method, MethodTable** arguments, int argumentCount)
    {
        NativeHashtable table = new NativeHashtable(ModuleTables.ExactMethodInstantiations, 0);
        NativeHashtable.Enumerator entries = table.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            if ((MethodTable*)ModuleTables.NativeReferences[entry.GetUnsigned()] != type || (int)entry.GetUnsigned() != method)
                continue;
            if (entry.GetUnsigned() != (uint)argumentCount)
                continue;
            bool same = true;
            for (int i = 0; i < argumentCount; i++)
                same &= (MethodTable*)ModuleTables.NativeReferences[entry.GetUnsigned()] == arguments[i];
            nint code = (nint)ModuleTables.NativeReferences[entry.GetUnsigned()];
            if (same && !entry.Failed)
                return code;
        }
        return 0;
    }

    // The shared code whose canonical type and type arguments cover `type` and `arguments`
    // (CanonicalForms.Covers: __Canon stands for any reference type).
    public static bool FindTemplate(MethodTable* type, int method, MethodTable** arguments, int argumentCount, out nint code, out uint templateOffset)
    {
        code = 0;
        templateOffset = 0;
        NativeHashtable map = new NativeHashtable(ModuleTables.GenericMethodTemplateMap, 0);
        NativeHashtable.Enumerator entries = map.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            NativeParser methodEntry = new NativeParser(ModuleTables.NativeLayoutInfo, entry.GetUnsigned());
            uint template = entry.GetUnsigned();
            uint flags = methodEntry.GetUnsigned();
            nint entryCode = (flags & HasFunctionPointerFlag) != 0 ? (nint)ModuleTables.NativeReferences[methodEntry.GetUnsigned()] : 0;
            if (!CanonicalForms.Covers(ref methodEntry, type) || (int)methodEntry.GetUnsigned() != method)
                continue;
            uint count = (flags & HasInstantiationFlag) != 0 ? methodEntry.GetUnsigned() : 0;
            if (count != (uint)argumentCount || entryCode == 0)
                continue;
            bool covers = true;
            for (int i = 0; i < argumentCount && covers; i++)
                covers = CanonicalForms.Covers(ref methodEntry, arguments[i]);
            if (covers && !methodEntry.Failed && !entry.Failed)
            {
                code = entryCode;
                templateOffset = template;
                return true;
            }
        }
        return false;
    }
}
