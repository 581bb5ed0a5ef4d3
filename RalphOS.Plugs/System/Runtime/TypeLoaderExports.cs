// TypeLoaderExports: generic virtual method lookup, needed by the compiler when a generic
// virtual method is called. Not supported yet: reaching it is a panic.
namespace System.Runtime;

internal static unsafe class TypeLoaderExports
{
    public static nint GVMLookupForSlot(object obj, RuntimeMethodHandle slot)
    {
        Internal.Runtime.Panic.Fail("generic virtual methods are not supported yet");
        return 0;
    }
}
