// GenericDictionaries: builds the dictionary shared generic code reads its type-specific
// values from: one pointer per slot, in the order of the dictionary layout in the method's
// template. A template is a "bag" in the native layout blob: (kind, value) pairs ended by
// kind 0, where kind 0x40 is the dictionary layout, a relative offset to a count followed
// by that many slots. Each slot is a fixup kind and its data (FixupSignatureKind in
// dotnet/runtime src/coreclr/tools/Common/Internal/NativeFormat/NativeFormat.cs); this
// runtime fills these kinds:
//   TypeHandle (1)        a type signature: the MethodTable (new T[n], casts to T)
//   InterfaceCall (2)     an interface's type signature and a method slot: a dispatch cell
//                         (calls on T constrained to an interface)
//   StaticData (5)        a type signature and which statics (1 GC, 2 non-GC): their
//                         address (GenericStatics)
//   MethodDictionary (4)  a method entry (flags, code if flag 4, type, method handle, type
//                         arguments if flag 1): the dictionary of another shared generic
//                         method this code calls, built the same way
//   Method (13)           a method entry of a generic method: its code, or a fat pointer
//                         to its shared code and dictionary (a delegate to M<T>)
// Dictionaries live in native memory for good; the caller keeps the pointer.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericDictionaries
{
    private const uint BagEnd = 0x00;
    private const uint BagDictionaryLayout = 0x40;
    private const uint TypeHandleSlot = 0x01;
    private const uint InterfaceCallSlot = 0x02;
    private const uint MethodDictionarySlot = 0x04;
    private const uint StaticDataSlot = 0x05;
    private const uint MethodSlot = 0x0d;
    private const uint HasInstantiationFlag = 0x1;
    private const uint HasFunctionPointerFlag = 0x4;
    private const int MaxSlots = 1024;
    private const int MaxTypeArguments = 8;
    // Shared generic methods calling each other: deeper than this is taken for a cycle.
    private const int MaxNesting = 8;

    // The dictionary for the template at `templateOffset` of the native layout blob,
    // instantiated in `context`; null with a reason in `problem` when a slot cannot be
    // filled. A template without a dictionary layout gets an empty (never read) dictionary.
    public static nint* Build(uint templateOffset, GenericContext context, int nesting, out string problem)
    {
        problem = null;
        NativeParser bag = new NativeParser(ModuleTables.NativeLayoutInfo, templateOffset);
        NativeParser layout = default;
        bool hasLayout = false;
        for (uint kind = bag.GetUnsigned(); kind != BagEnd && !bag.Failed; kind = bag.GetUnsigned())
        {
            if (kind != BagDictionaryLayout)
            {
                problem = string.Concat("a method template entry of kind ", ((int)kind).ToString(), " this runtime does not read");
                return null;
            }
            layout = bag.ParserAtRelativeOffset();
            hasLayout = true;
        }
        if (bag.Failed)
        {
            problem = "a method template that could not be read";
            return null;
        }
        if (!hasLayout)
            return BuildEmpty(out problem);
        return BuildFromLayout(ref layout, context, nesting, out problem);
    }

    private static nint* BuildEmpty(out string problem)
    {
        nint* dictionary = (nint*)ManagedHeap.AllocateNative((nuint)sizeof(nint));
        problem = dictionary == null ? "memory ran out" : null;
        return dictionary;
    }

    // A dictionary from the layout at the parser's position: a slot count, then the slots.
    public static nint* BuildFromLayout(ref NativeParser layout, GenericContext context, int nesting, out string problem)
    {
        problem = null;
        uint slots = layout.GetUnsigned();
        if (layout.Failed || slots > MaxSlots || nesting > MaxNesting)
        {
            problem = nesting > MaxNesting ? "shared generic code that needs types or methods nested too deeply" : "a dictionary layout that could not be read";
            return null;
        }
        nint* dictionary = (nint*)ManagedHeap.AllocateNative((nuint)((slots + 1) * sizeof(nint)));
        if (dictionary == null)
        {
            problem = "memory ran out";
            return null;
        }
        for (uint i = 0; i < slots; i++)
        {
            uint slotKind = layout.GetUnsigned();
            if (slotKind == TypeHandleSlot)
                dictionary[i] = (nint)TypeSignatures.Resolve(ref layout, context, nesting, out problem);
            else if (slotKind == InterfaceCallSlot)
                dictionary[i] = (nint)BuildDispatchCell(ref layout, context, out problem);
            else if (slotKind == StaticDataSlot)
                dictionary[i] = (nint)FindStatics(ref layout, context, nesting, out problem);
            else if (slotKind == MethodDictionarySlot)
                dictionary[i] = (nint)BuildForMethod(ref layout, context, nesting, out problem);
            else if (slotKind == MethodSlot)
                dictionary[i] = FindMethodCode(ref layout, context, out problem);
            else
                problem = string.Concat("a dictionary entry of kind ", ((int)slotKind).ToString(), " (FixupSignatureKind; this runtime builds kinds 1, 2, 4, 5 and 13)");
            if (problem != null)
                return null;
        }
        return dictionary;
    }

    private static void* FindStatics(ref NativeParser layout, GenericContext context, int nesting, out string problem)
    {
        MethodTable* type = TypeSignatures.Resolve(ref layout, context, nesting, out problem);
        uint kind = layout.GetUnsigned();
        return type == null ? null : GenericStatics.Get(type, kind, out problem);
    }

    private static nint* BuildDispatchCell(ref NativeParser layout, GenericContext context, out string problem)
    {
        MethodTable* interfaceType = TypeSignatures.Resolve(ref layout, context, out problem);
        uint slot = layout.GetUnsigned();
        return interfaceType == null ? null : DispatchCells.Create(interfaceType, slot, out problem);
    }

    // The dictionary of the method a MethodDictionary slot names, instantiated in the
    // context of the method whose dictionary is being built.
    private static nint* BuildForMethod(ref NativeParser layout, GenericContext outer, int nesting, out string problem)
    {
        MethodTable** arguments = stackalloc MethodTable*[MaxTypeArguments];
        if (!ReadMethodEntry(ref layout, outer, arguments, out MethodTable* type, out int method, out int count, out problem))
            return null;
        if (!GenericMethodCode.FindTemplate(type, method, arguments, count, out _, out uint templateOffset))
        {
            problem = "a shared generic method the image holds no template for";
            return null;
        }
        return Build(templateOffset, new GenericContext(type, arguments, count), nesting + 1, out problem);
    }

    private static nint FindMethodCode(ref NativeParser layout, GenericContext outer, out string problem)
    {
        MethodTable** arguments = stackalloc MethodTable*[MaxTypeArguments];
        if (!ReadMethodEntry(ref layout, outer, arguments, out MethodTable* type, out int method, out int count, out problem))
            return 0;
        if (count == 0)
        {
            problem = "the address of a method of a generic type (not of a generic method)";
            return 0;
        }
        return GenericMethodCode.Find(type, method, arguments, count, out problem);
    }

    // A method entry: flags, code (if flag 4, not needed here), the declaring type, the
    // method handle and, if flag 1, the type arguments, resolved in `outer`.
    private static bool ReadMethodEntry(ref NativeParser layout, GenericContext outer, MethodTable** arguments, out MethodTable* type, out int method, out int count, out string problem)
    {
        method = 0;
        count = 0;
        uint flags = layout.GetUnsigned();
        if ((flags & HasFunctionPointerFlag) != 0)
            layout.GetUnsigned();
        type = TypeSignatures.Resolve(ref layout, outer, out problem);
        if (type == null)
            return false;
        method = (int)layout.GetUnsigned();
        uint argumentCount = (flags & HasInstantiationFlag) != 0 ? layout.GetUnsigned() : 0;
        if (argumentCount > MaxTypeArguments)
        {
            problem = "a generic method with more type arguments than this runtime reads";
            return false;
        }
        count = (int)argumentCount;
        for (int i = 0; i < count; i++)
        {
            arguments[i] = TypeSignatures.Resolve(ref layout, outer, out problem);
            if (arguments[i] == null)
                return false;
        }
        return true;
    }
}
