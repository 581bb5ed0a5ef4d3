// EhClause: one exception-handling clause of a method as ILC encodes it (facts from
// dotnet/runtime's UnixNativeCodeManager.cpp, EHEnumNext): offsets from the method's
// start of the protected range and of its handler funclet; for a typed catch the
// MethodTable caught, for a filter the filter funclet. Finally blocks are encoded as
// fault clauses (the non-exceptional path runs an inlined copy).
namespace Internal.Runtime.ExceptionHandling;

internal enum EhClauseKind : byte
{
    Typed = 0,
    Fault = 1,
    Filter = 2,
}

internal unsafe struct EhClause
{
    public EhClauseKind Kind;
    public uint TryStart;
    public uint TryEnd;
    public uint HandlerOffset;
    public uint FilterOffset;
    public void* CatchType;

    public bool Covers(uint offset) => offset >= TryStart && offset < TryEnd;
}
