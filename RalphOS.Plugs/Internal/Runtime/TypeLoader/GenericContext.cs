// GenericContext: what the type parameters in a signature stand for while one method
// instantiation is being looked at: the type arguments of the type that declares the
// method (List<string> for a method of List<T>) and the method's own type arguments.
namespace Internal.Runtime.TypeLoader;

internal readonly unsafe struct GenericContext
{
    public readonly MethodTable* OwnerType;
    public readonly MethodTable** MethodArguments;
    public readonly int MethodArgumentCount;

    public GenericContext(MethodTable* ownerType, MethodTable** methodArguments, int methodArgumentCount)
    {
        OwnerType = ownerType;
        MethodArguments = methodArguments;
        MethodArgumentCount = methodArgumentCount;
    }

    // For signatures that name only concrete types.
    public static GenericContext None => default;

    public MethodTable* TypeArgument(uint index) => OwnerType == null ? null : OwnerType->GenericArgument(index);

    public MethodTable* MethodArgument(uint index) => index < (uint)MethodArgumentCount ? MethodArguments[index] : null;
}
