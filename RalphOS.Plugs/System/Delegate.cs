// System.Delegate: a callable reference to a method, with its target object for instance
// methods. The compiler fills these fields when it creates a delegate (NativeAOT layout:
// first parameter / helper object / extra-info / function pointer).
namespace System;

public abstract class Delegate
{
    // The compiler depends on these fields and their order.
    internal object _firstParameter;
    internal object _helperObject;
    internal nint _extraFunctionPointerOrData;
    internal nint _functionPointer;

    // Constructors the compiler binds delegate creation to.
    private void InitializeClosedInstance(object firstParameter, nint functionPointer)
    {
        _functionPointer = functionPointer;
        _firstParameter = firstParameter;
    }

    private void InitializeClosedStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
    {
        _extraFunctionPointerOrData = functionPointer;
        _helperObject = firstParameter;
        _functionPointer = functionPointerThunk;
        _firstParameter = this;
    }

    private void InitializeOpenStaticThunk(object firstParameter, nint functionPointer, nint functionPointerThunk)
    {
        // Open static delegates call a thunk that receives the delegate itself.
        _firstParameter = this;
        _functionPointer = functionPointerThunk;
        _extraFunctionPointerOrData = functionPointer;
    }

    private void InitializeClosedInstanceSlow(object firstParameter, nint functionPointer) =>
        InitializeClosedInstance(firstParameter, functionPointer);

    private void InitializeClosedInstanceWithGVMResolution(object firstParameter, RuntimeMethodHandle tokenOfGenericVirtualMethod)
    {
        Internal.Runtime.Panic.Fail("delegates to generic virtual methods are not supported");
    }

    private void InitializeClosedInstanceToInterface(object firstParameter, nint dispatchCell) =>
        Internal.Runtime.Panic.Fail("delegates bound through interface dispatch cells are not supported");

    public static bool operator ==(Delegate a, Delegate b) =>
        (object)a == b || (a is not null && b is not null && a._functionPointer == b._functionPointer
            && a._firstParameter == b._firstParameter && a._extraFunctionPointerOrData == b._extraFunctionPointerOrData);

    public static bool operator !=(Delegate a, Delegate b) => !(a == b);

    public override bool Equals(object obj) => obj is Delegate other && this == other;

    public override int GetHashCode() => (int)_functionPointer;

    public static Delegate Combine(Delegate a, Delegate b) => MulticastDelegate.CombineImpl(a, b);

    public static Delegate Remove(Delegate source, Delegate value) => MulticastDelegate.RemoveImpl(source, value);
}
