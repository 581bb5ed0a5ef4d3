// System.Activator: CreateInstance<T>() is what C# compiles `new T()` to. ILC expands two
// intrinsics in it for each T: DefaultConstructorOf<T>() (the parameterless constructor's
// address; in code shared by reference types, a dictionary entry) and MethodTable.Of<T>().
// A type without such a constructor gets a marker instead: a value type the constructor
// of StructWithNoConstructor (its default value is then the answer), a class
// MissingConstructorMethod. ILC looks both markers up by name.
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;

namespace System;

public static unsafe class Activator
{
    public static T CreateInstance<T>()
    {
        nint constructor = DefaultConstructorOf<T>();
        if (MethodTable.Of<T>()->IsValueType)
        {
            T value = default;
            if (constructor != DefaultConstructorOf<StructWithNoConstructor>())
                ((delegate*<ref T, void>)constructor)(ref value);
            return value;
        }
        if (constructor == (nint)(delegate*<void>)&MissingConstructorMethod)
            Panic.Fail(string.Concat("new T(): ", Panic.DescribeType((nuint)MethodTable.Of<T>()), " has no parameterless constructor"));
        object instance = RuntimeExports.AllocateObject(MethodTable.Of<T>());
        ((delegate*<object, void>)constructor)(instance);
        return Unsafe.As<object, T>(ref instance);
    }

    [Intrinsic]
    private static nint DefaultConstructorOf<T>() => throw null;

    private static void MissingConstructorMethod() { }

    private struct StructWithNoConstructor
    {
        public StructWithNoConstructor() { }
    }
}
