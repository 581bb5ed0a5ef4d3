// Required by the compiler's cast helpers; no type in this system implements it.
namespace System.Runtime.InteropServices;

public interface IDynamicInterfaceCastable
{
    private static RuntimeTypeHandle GetDynamicInterfaceImplementation(object instance, RuntimeTypeHandle interfaceType) => default;
}
