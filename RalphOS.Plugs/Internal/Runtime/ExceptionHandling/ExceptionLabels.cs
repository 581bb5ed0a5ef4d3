// ExceptionLabels: indices into the table ralph_exception_labels returns
// (exception_helpers.asm): the return addresses of the funclet-call helpers, by which a
// stack walk recognizes a funclet the dispatcher called, and the filter-escape entry.
namespace Internal.Runtime.ExceptionHandling;

internal static class ExceptionLabels
{
    public const int CatchReturn = 0;
    public const int FinallyReturn = 1;
    public const int FilterReturn = 2;
    public const int FilterEscaped = 3;
}
