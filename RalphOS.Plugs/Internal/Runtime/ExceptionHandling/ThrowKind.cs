// ThrowKind: how an exception dispatch began (RegisterContext.Kind, set by
// exception_helpers.asm): a throw statement, a `throw;` rethrow, or a hardware fault in
// managed code that the kernel turned into a throw at the faulting instruction.
namespace Internal.Runtime.ExceptionHandling;

internal enum ThrowKind : ulong
{
    Throw = 0,
    Rethrow = 1,
    NullReferenceFault = 2,
    DivideByZeroFault = 3,
}
