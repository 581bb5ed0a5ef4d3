// GenericTypeBuilder: makes an instantiated generic type the image lacks (the closure class
// of a lambda over T, Func<T, string>) from ILC's template for its canonical form
// (Func<__Canon, __Canon>): a constructed MethodTable whose vtable already points at the
// shared code, and a native layout "bag" of (kind, value) pairs that says what differs
// per instantiation (BagElementKind in dotnet/runtime NativeFormat.cs):
//   BaseType (0x01)              relative offset to the base type's signature
//   ImplementedInterfaces (0x02) relative offset to a count and the interfaces' signatures
//   DictionaryLayout (0x40)      relative offset to the layout of the type's dictionary,
//                                which lives in the vtable slot after the base type's slots
//   TypeFlags (0x41)             not needed here
//   NonGcStaticDataSize (0x44), GcStaticDataSize (0x45), GcStaticDesc (0x46, the native
//   statics index of the type that lays out the GC statics object), ClassConstructorPointer
//   (0x4e, the native statics index of the shared cctor): the type's statics (GenericStatics)
// Thread statics and pre-initialized statics are not built: such a type is reported as a
// problem. The copy gets its own type arguments, base type, interfaces, statics and
// dictionary; everything else (vtable, dispatch map, GC descriptor) is the template's,
// which is right because shared code does not depend on which reference type T is.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericTypeBuilder
{
    private const uint BagEnd = 0x00;
    private const uint BagBaseType = 0x01;
    private const uint BagImplementedInterfaces = 0x02;
    private const uint BagDictionaryLayout = 0x40;
    private const uint BagTypeFlags = 0x41;
    private const uint BagNonGcStaticDataSize = 0x44;
    private const uint BagGcStaticDataSize = 0x45;
    private const uint BagGcStaticDesc = 0x46;
    private const uint BagClassConstructorPointer = 0x4e;
    private const int MaxNesting = 8;
    private const int MaxBuilt = 512;

    private static NativePointerList _built = new NativePointerList(MaxBuilt);

    // The instantiation: one the image has, one built before, or a new one. Each exists once.
    public static MethodTable* GetOrBuild(MethodTable* definition, MethodTable** arguments, uint count, int depth, out string problem)
    {
        problem = null;
        for (int i = 0; i < _built.Count; i++)
        {
            MethodTable* built = (MethodTable*)_built[i];
            if (GenericTypes.Matches(built, definition, arguments, count))
                return built;
        }
        MethodTable* type = GenericTypes.FindInImage(definition, arguments, count);
        return type != null ? type : Build(definition, arguments, count, depth, out problem);
    }

    private static MethodTable* Build(MethodTable* definition, MethodTable** arguments, uint count, int depth, out string problem)
    {
        problem = null;
        if (depth > MaxNesting)
        {
            problem = "generic types nested too deeply to build";
            return null;
        }
        MethodTable* template = FindTemplate(definition, arguments, count, out uint bagOffset);
        if (template == null)
        {
            problem = "a generic type the image neither contains nor has a template for";
            return null;
        }
        if (!ReadBag(bagOffset, out NativeParser baseType, out NativeParser interfaces, out NativeParser dictionaryLayout, out GenericStatics.Layout statics, out problem))
            return null;

        MethodTable* type = MethodTableCopies.Copy(template, out problem);
        if (type == null || !SetArguments(type, arguments, count, out problem))
            return null;
        // Remembered before its base type and interfaces are worked out: they may name it.
        // If any part cannot be made, it is forgotten again, with whatever it built.
        int builtBefore = _built.Count;
        if (!_built.Add(type))
        {
            problem = "the table of built generic types is full";
            return null;
        }
        if (!Complete(type, template, baseType, interfaces, dictionaryLayout, statics, depth, out problem))
        {
            _built.Truncate(builtBefore);
            return null;
        }
        return type;
    }

    private static bool Complete(MethodTable* type, MethodTable* template, NativeParser baseType, NativeParser interfaces, NativeParser dictionaryLayout, GenericStatics.Layout statics, int depth, out string problem)
    {
        problem = null;
        GenericContext context = new GenericContext(type, null, 0);
        MethodTable* baseOfType = template->BaseType;
        if (!baseType.Failed)
        {
            baseOfType = TypeSignatures.Resolve(ref baseType, context, depth + 1, out problem);
            if (baseOfType == null)
                return false;
        }
        // Any distinct value will do: nothing looks these types up by hash.
        type->InitializeCopy(baseOfType, (type->GenericDefinition->HashCode * 31) ^ type->GenericArgument(0)->HashCode);
        InheritDictionarySlots(type, baseOfType);
        if (!interfaces.Failed && !SetInterfaces(type, ref interfaces, context, depth, out problem))
            return false;
        bool hasStatics = statics.HasClassConstructor || statics.HasGcStatics || statics.NonGcSize > 0;
        if (hasStatics && !GenericStatics.Create(type, statics, out problem))
            return false;
        if (dictionaryLayout.Failed)
            return true;
        nint* dictionary = GenericDictionaries.BuildFromLayout(ref dictionaryLayout, context, depth + 1, out problem);
        if (dictionary == null)
            return false;
        int slot = baseOfType == null ? 0 : baseOfType->NumVtableSlots;
        if (slot >= type->NumVtableSlots)
        {
            problem = "a generic type template with no vtable slot for its dictionary";
            return false;
        }
        type->VtableSlots[slot] = (nint)dictionary;
        return true;
    }

    // A generic base type's dictionary sits in its own vtable slot, which the canonical
    // template leaves empty (0): take it, and any other empty slot, from the real base.
    private static void InheritDictionarySlots(MethodTable* type, MethodTable* baseOfType)
    {
        if (baseOfType == null)
            return;
        nint* slots = type->VtableSlots;
        nint* baseSlots = baseOfType->VtableSlots;
        for (int i = 0; i < baseOfType->NumVtableSlots && i < type->NumVtableSlots; i++)
        {
            if (slots[i] == 0)
                slots[i] = baseSlots[i];
        }
    }

    private static MethodTable* FindTemplate(MethodTable* definition, MethodTable** arguments, uint count, out uint bagOffset)
    {
        bagOffset = 0;
        NativeHashtable map = new NativeHashtable(ModuleTables.GenericTypeTemplateMap, 0);
        NativeHashtable.Enumerator entries = map.EnumerateAll();
        while (entries.Next(out NativeParser entry))
        {
            MethodTable* canonical = (MethodTable*)ModuleTables.CommonFixups[entry.GetUnsigned()];
            uint bag = entry.GetUnsigned();
            if (canonical == null || entry.Failed || canonical->GenericDefinition != definition || canonical->GenericArity != count)
                continue;
            bool covers = true;
            for (uint i = 0; i < count && covers; i++)
                covers = CanonicalForms.CoversType(canonical->GenericArgument(i), arguments[i]);
            if (covers)
            {
                bagOffset = bag;
                return canonical;
            }
        }
        return null;
    }

    // Parsers left Failed for the elements the bag does not have.
    private static bool ReadBag(uint offset, out NativeParser baseType, out NativeParser interfaces, out NativeParser dictionaryLayout, out GenericStatics.Layout statics, out string problem)
    {
        problem = null;
        statics = default;
        NativeParser absent = new NativeParser(ModuleTables.NativeLayoutInfo, uint.MaxValue);
        baseType = absent;
        interfaces = absent;
        dictionaryLayout = absent;
        NativeParser bag = new NativeParser(ModuleTables.NativeLayoutInfo, offset);
        for (uint kind = bag.GetUnsigned(); kind != BagEnd && !bag.Failed; kind = bag.GetUnsigned())
        {
            if (kind == BagBaseType)
                baseType = bag.ParserAtRelativeOffset();
            else if (kind == BagImplementedInterfaces)
                interfaces = bag.ParserAtRelativeOffset();
            else if (kind == BagDictionaryLayout)
                dictionaryLayout = bag.ParserAtRelativeOffset();
            else if (kind == BagTypeFlags || kind == BagGcStaticDataSize)
                bag.GetUnsigned();
            else if (kind == BagNonGcStaticDataSize)
                statics.NonGcSize = bag.GetUnsigned();
            else if (kind == BagGcStaticDesc)
            {
                statics.HasGcStatics = true;
                statics.GcStaticsTypeIndex = bag.GetUnsigned();
            }
            else if (kind == BagClassConstructorPointer)
            {
                statics.HasClassConstructor = true;
                statics.ClassConstructorIndex = bag.GetUnsigned();
            }
            else
            {
                problem = string.Concat("a generic type with thread statics or pre-initialized statics (template entry of kind ", ((int)kind).ToString(), "), which this runtime does not build");
                return false;
            }
        }
        if (bag.Failed)
            problem = "a generic type template that could not be read";
        return !bag.Failed;
    }

    private static bool SetArguments(MethodTable* type, MethodTable** arguments, uint count, out string problem)
    {
        problem = null;
        if (count == 1)
        {
            type->SetGenericArguments(arguments[0]);
            return true;
        }
        int* composition = (int*)ManagedHeap.AllocateNative(count * sizeof(int));
        if (composition == null)
        {
            problem = "memory ran out";
            return false;
        }
        for (uint i = 0; i < count; i++)
            composition[i] = (int)((byte*)arguments[i] - (byte*)(composition + i));
        type->SetGenericArguments(composition);
        return true;
    }

    private static bool SetInterfaces(MethodTable* type, ref NativeParser interfaces, GenericContext context, int depth, out string problem)
    {
        problem = null;
        uint count = interfaces.GetUnsigned();
        if (count != type->NumInterfaces)
        {
            problem = "a generic type template whose interface list does not match its type";
            return false;
        }
        for (int i = 0; i < (int)count; i++)
        {
            MethodTable* interfaceType = TypeSignatures.Resolve(ref interfaces, context, depth + 1, out problem);
            if (interfaceType == null)
                return false;
            type->SetInterface(i, interfaceType);
        }
        return true;
    }
}
