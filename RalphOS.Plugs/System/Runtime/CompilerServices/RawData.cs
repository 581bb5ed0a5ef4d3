// RawData: a view of any object as "MethodTable pointer, then bytes". ILC finds it by name
// and uses its Data field to reach the first byte after the MethodTable pointer (a boxed
// struct's fields) in the unboxing stubs it generates for shared generic structs.
namespace System.Runtime.CompilerServices;

internal class RawData
{
    public byte Data;
}
