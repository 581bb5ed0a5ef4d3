// DispatchRecord: what the dispatcher hands a funclet call, and so what a nested dispatch
// finds on the stack above a funclet (exception_helpers.asm pushes its address just before
// the call): the owner frame's registers, the clause whose funclet runs, the exception.
using System.Runtime.InteropServices;

namespace Internal.Runtime.ExceptionHandling;

[StructLayout(LayoutKind.Sequential)]
internal struct DispatchRecord
{
    public RegisterContext Frame;
    public nint Exception;
    public int ClauseIndex;
}
