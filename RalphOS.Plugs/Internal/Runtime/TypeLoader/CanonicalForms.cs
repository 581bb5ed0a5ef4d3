// CanonicalForms: shared generic code is compiled once for all reference types, with the
// placeholder type System.__Canon standing for them (M<__Canon>, List<__Canon>). ILC makes
// __Canon a class with an empty vtable, which no real class has (each inherits Object's
// virtual methods), and that is how it is recognised here.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class CanonicalForms
{
    public static bool IsCanonPlaceholder(MethodTable* type)
    {
        MethodTable* baseType = type->ElementType == MethodTable.ElementTypeClass ? type->BaseType : null;
        return baseType != null && type->NumVtableSlots < baseType->NumVtableSlots;
    }

    // Whether canonical type `template` (List<__Canon>, say) stands for `actual`.
    public static bool CoversType(MethodTable* template, MethodTable* actual, int depth = 0)
    {
        if (template == actual)
            return true;
        if (template == null || actual == null || depth > TypeSignatures.MaxDepth)
            return false;
        if (IsCanonPlaceholder(template))
            return !actual->IsValueType;
        if (!template->IsGeneric || template->GenericDefinition != actual->GenericDefinition)
            return false;
        uint arity = template->GenericArity;
        for (uint i = 0; i < arity; i++)
        {
            if (!CoversType(template->GenericArgument(i), actual->GenericArgument(i), depth + 1))
                return false;
        }
        return true;
    }

    // Whether the (canonical) type signature at the parser's position stands for `actual`:
    // the same type, __Canon for a reference type, or a generic type whose arguments are
    // covered in turn. Moves the parser past the signature whatever the answer.
    public static bool Covers(ref NativeParser signature, MethodTable* actual, int depth = 0)
    {
        uint encoded = signature.GetUnsigned();
        uint data = encoded >> TypeSignatures.DataShift;
        if (signature.Failed || depth > TypeSignatures.MaxDepth)
            return false;
        switch (encoded & TypeSignatures.KindMask)
        {
            case TypeSignatures.ExternalKind:
                return actual != null && CoversType((MethodTable*)ModuleTables.NativeReferences[data], actual, depth);
            case TypeSignatures.InstantiationKind:
            {
                MethodTable* definition = TypeSignatures.Resolve(ref signature, GenericContext.None, out _);
                bool covers = actual != null && definition != null && actual->GenericDefinition == definition && actual->GenericArity == data;
                for (uint i = 0; i < data && !signature.Failed; i++)
                    covers &= Covers(ref signature, covers ? actual->GenericArgument(i) : null, depth + 1);
                return covers;
            }
            case TypeSignatures.ModifierKind:
                // No canonical form is an array, pointer or byref: read past the element.
                Covers(ref signature, null, depth + 1);
                return false;
            default:
                return false;
        }
    }
}
