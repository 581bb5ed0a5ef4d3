// TypeSignatures: turns a type signature from the native layout blob into a MethodTable.
// A signature is an unsigned integer whose low 4 bits are its kind and whose upper bits
// are the kind's data (dotnet/runtime src/coreclr/tools/Common/Internal/NativeFormat,
// TypeSignatureKind), some followed by further signatures:
//   External       the type at index `data` of the native references table
//   Variable       a type parameter: `data` >> 1 is its index, bit 0 set for a method's own
//                  (else one of the declaring type's)
//   Modifier       `data` 1: an array of the signature that follows (2 byref, 3 pointer)
//   Instantiation  a generic type with `data` arguments: its definition's signature, then
//                  the arguments' (found among the image's types, or built)
using System;

namespace Internal.Runtime.TypeLoader;

internal static unsafe class TypeSignatures
{
    public const uint KindMask = 0xF;
    public const int DataShift = 4;
    public const uint ModifierKind = 2;
    public const uint InstantiationKind = 3;
    private const uint VariableKind = 4;
    public const uint ExternalKind = 6;
    private const uint ArrayModifier = 1;
    public const int MaxDepth = 16;
    private const int MaxTypeArguments = 8;

    // Resolves the signature at the parser's position (and moves past it); `context` says
    // what type parameters stand for. On failure returns null and says why in `problem`.
    public static MethodTable* Resolve(ref NativeParser parser, GenericContext context, out string problem)
    {
        return Resolve(ref parser, context, 0, out problem);
    }

    // `depth` counts the signatures and types being built around this one.
    public static MethodTable* Resolve(ref NativeParser parser, GenericContext context, int depth, out string problem)
    {
        problem = null;
        uint start = parser.Offset;
        uint encoded = parser.GetUnsigned();
        if (parser.Failed || depth > MaxDepth)
        {
            problem = "a type signature that could not be read";
            return null;
        }
        uint data = encoded >> DataShift;
        switch (encoded & KindMask)
        {
            case ExternalKind:
            {
                MethodTable* type = (MethodTable*)ModuleTables.NativeReferences[data];
                if (type == null)
                    problem = "a type reference past the end of the native references table";
                return type;
            }
            case VariableKind:
            {
                uint index = data >> 1;
                MethodTable* argument = (data & 1) != 0 ? context.MethodArgument(index) : context.TypeArgument(index);
                if (argument == null)
                    problem = "a type parameter with no type argument in this context";
                return argument;
            }
            case ModifierKind:
            {
                if (data != ArrayModifier)
                {
                    problem = "a pointer or byref type";
                    return null;
                }
                MethodTable* element = Resolve(ref parser, context, depth + 1, out problem);
                return element == null ? null : ArrayTypes.GetSzArray(element, out problem);
            }
            case InstantiationKind:
            {
                if (data == 0 || data > MaxTypeArguments)
                {
                    problem = "a generic type with more type arguments than this runtime reads";
                    return null;
                }
                MethodTable* definition = Resolve(ref parser, context, depth + 1, out problem);
                if (definition == null)
                    return null;
                MethodTable** arguments = stackalloc MethodTable*[MaxTypeArguments];
                for (uint i = 0; i < data; i++)
                {
                    arguments[i] = Resolve(ref parser, context, depth + 1, out problem);
                    if (arguments[i] == null)
                        return null;
                }
                return GenericTypeBuilder.GetOrBuild(definition, arguments, data, depth + 1, out problem);
            }
            default:
                // Lookback (1) is a compressed form ILC 10 does not write.
                problem = string.Concat("a type signature of kind ", ((int)(encoded & KindMask)).ToString());
                return null;
        }
    }
}
