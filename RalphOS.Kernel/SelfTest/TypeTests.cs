// TypeTests: GetType(), typeof and what a Type knows as .NET has it: Name, Namespace,
// FullName and ToString (nested types with '+', generic instantiations with their type
// arguments, arrays), object.ToString() giving the type's full name, type identity, and
// IsValueType/IsClass/IsInterface/IsArray/IsGenericType, BaseType and GetElementType.
// Expected values are .NET's (the host run proves it).
using System;
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class TypeTests
{
    private class Plain
    {
    }

    private class Derived : Plain
    {
    }

    private struct Point
    {
        public int X;
    }

    private interface IShape
    {
    }

    public static void Run()
    {
        SelfTestRunner.Check("GetType of primitives and strings", 5.GetType() == typeof(int) && "x".GetType() == typeof(string)
            && typeof(int).Name == "Int32" && typeof(int).FullName == "System.Int32" && typeof(string).Namespace == "System" && 2.5.GetType().Name == "Double");
        SelfTestRunner.Check("Type names of classes in namespaces and nested types", typeof(Plain).Name == "Plain"
            && typeof(Plain).FullName == "RalphOS.Kernel.SelfTest.TypeTests+Plain" && typeof(Plain).Namespace == "RalphOS.Kernel.SelfTest"
            && typeof(TypeTests).FullName == "RalphOS.Kernel.SelfTest.TypeTests" && new Derived().GetType().Name == "Derived");
        SelfTestRunner.Check("object.ToString gives the full type name", new Plain().ToString() == "RalphOS.Kernel.SelfTest.TypeTests+Plain"
            && new object().ToString() == "System.Object" && new Point().ToString() == "RalphOS.Kernel.SelfTest.TypeTests+Point"
            && $"{new Derived()}" == "RalphOS.Kernel.SelfTest.TypeTests+Derived");
        var numbers = new List<int>();
        var map = new Dictionary<string, Plain>();
        SelfTestRunner.Check("Generic instantiations: Name and ToString", numbers.GetType().Name == "List`1"
            && numbers.GetType().ToString() == "System.Collections.Generic.List`1[System.Int32]" && numbers.ToString() == numbers.GetType().ToString()
            && map.GetType().ToString() == "System.Collections.Generic.Dictionary`2[System.String,RalphOS.Kernel.SelfTest.TypeTests+Plain]"
            && numbers.GetType().IsGenericType && !typeof(Plain).IsGenericType);
        SelfTestRunner.Check("Array types", new int[3].GetType() == typeof(int[]) && typeof(int[]).Name == "Int32[]" && typeof(string[]).FullName == "System.String[]"
            && typeof(int[]).IsArray && typeof(int[]).GetElementType() == typeof(int) && typeof(Plain[]).ToString() == "RalphOS.Kernel.SelfTest.TypeTests+Plain[]"
            && typeof(int[]).Namespace == "System" && typeof(int).GetElementType() == null);
        SelfTestRunner.Check("Type facts: value type, class, interface, base type", typeof(Point).IsValueType && !typeof(Point).IsClass && typeof(Plain).IsClass
            && typeof(IShape).IsInterface && !typeof(IShape).IsClass && typeof(Derived).BaseType == typeof(Plain) && typeof(Plain).BaseType == typeof(object)
            && typeof(object).BaseType == null && !typeof(string).IsValueType);
        Exception error = new InvalidOperationException("x");
        SelfTestRunner.Check("Exception types know their names", error.GetType().FullName == "System.InvalidOperationException"
            && error.GetType().Name == "InvalidOperationException" && error.GetType().BaseType == typeof(SystemException));
        SelfTestRunner.Check("Type identity: one Type per type", typeof(Plain) == new Plain().GetType() && typeof(Plain) != typeof(Derived)
            && ReferenceEquals(typeof(int), 1.GetType()) && typeof(Plain).Equals(new Plain().GetType()) && typeof(Plain).ToString() == typeof(Plain).FullName);
    }
}
