// GenericParameterOwner: whose type parameter a Variable type signature names (the low bit
// of its data): the generic type that declares the method, or the generic method itself.
namespace RalphOS.Plugs.Tests.TypeLoader;

public enum GenericParameterOwner
{
    Type,
    Method,
}
