// GenericTypeBuilder, test stand-in: TypeSignatures asks GenericTypeBuilder for generic
// instantiations, and the type loader's own (RalphOS.Plugs/Internal/Runtime/TypeLoader/
// GenericTypeBuilder.cs) builds the ones the image lacks in ManagedHeap's native memory,
// which needs the kernel. The host build links this instead (same namespace and
// signature): it answers with the image's types only (GenericTypes, which is the real
// file), so the tests see "the image lacks it" where the kernel would build the type.
namespace Internal.Runtime.TypeLoader;

internal static unsafe class GenericTypeBuilder
{
    public static MethodTable* GetOrBuild(MethodTable* definition, MethodTable** arguments, uint count, int depth, out string problem)
    {
        MethodTable* type = GenericTypes.FindInImage(definition, arguments, count);
        problem = type == null ? "a generic type instantiation the image does not contain (test stand-in)" : null;
        return type;
    }
}
