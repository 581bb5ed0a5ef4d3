// ArrayTypes: finds the MethodTable of T[] for shared generic code that needs one (a
// dictionary slot for `new T[n]` with T = string, say). ILC emits only the array types it
// saw used; the rest are built here, as NativeAOT's type loader does, by copying the
// MethodTable of an array of references the image has (every reference array has the same
// layout and GC descriptor: only the element type and hash code differ). Built types live
// in native memory for good and are remembered, so each T[] exists once.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class ArrayTypes
{
    private const int MaxBuilt = 256;

    private static NativePointerList _built = new NativePointerList(MaxBuilt);

    public static MethodTable* GetSzArray(MethodTable* element, out string problem)
    {
        problem = null;
        for (int i = 0; i < _built.Count; i++)
        {
            MethodTable* array = (MethodTable*)_built[i];
            if (array->RelatedType == element)
                return array;
        }
        MethodTable* referenceArrayTemplate = null;
        NativeHashtable map = new NativeHashtable(ModuleTables.ArrayTypeMap, 0);
        NativeHashtable.Enumerator entries = map.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            MethodTable* array = (MethodTable*)ModuleTables.CommonFixups[entry.GetUnsigned()];
            if (array == null || entry.Failed || array->ElementType != MethodTable.ElementTypeSzArray)
                continue;
            if (array->RelatedType == element)
                return array;
            if (!array->RelatedType->IsValueType && !array->IsGeneric)
                referenceArrayTemplate = array;
        }
        if (element->IsValueType)
        {
            problem = "an array of a value type the image does not contain";
            return null;
        }
        if (referenceArrayTemplate == null)
        {
            problem = "an array type, and the image holds no array of references to copy";
            return null;
        }
        return Build(referenceArrayTemplate, element, out problem);
    }

    private static MethodTable* Build(MethodTable* template, MethodTable* element, out string problem)
    {
        problem = null;
        MethodTable* built = MethodTableCopies.Copy(template, out problem);
        if (built == null)
            return null;
        // Any distinct value will do: nothing looks these types up by hash.
        built->InitializeCopy(element, (element->HashCode * 31) ^ 0x5A5A5A5A);
        if (!_built.Add(built))
        {
            problem = "an array type, and the table of built array types is full";
            return null;
        }
        return built;
    }
}
