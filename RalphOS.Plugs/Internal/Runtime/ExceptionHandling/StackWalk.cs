// StackWalk: the frame-by-frame walk both dispatch passes make from the throw site towards
// the task's first frame. Besides unwinding with the CFI (FrameUnwinder) it knows the
// dispatcher's own funclet calls: when a frame returns into ralph_call_catch_funclet or
// ralph_call_finally_funclet, the exception escaped a catch or finally that an older
// dispatch was running, and the walk jumps to the frame owning that funclet (the older
// dispatch's record holds it), searching only the clauses after the one whose funclet
// was running (NativeAOT's "collided unwind"). Returning into ralph_call_filter_funclet
// means the exception escaped a filter: the walk stops there (FilterEscaped).

namespace Internal.Runtime.ExceptionHandling;

internal unsafe struct StackWalk
{
    // Deeper than any task stack can hold frames; ends the walk over a corrupt stack.
    private const int MaxFrames = 4096;

    public RegisterContext Context;
    public FrameDescription Fde;
    public bool HasFde;
    public MethodUnwindInfo Method;
    // Clauses up to this index were handled by an older dispatch (-1: search them all).
    public int StartClause;
    public int FrameIndex;
    public bool FilterEscaped;

    public StackWalk(in RegisterContext throwSite)
    {
        Context = throwSite;
        Fde = default;
        HasFde = false;
        Method = default;
        StartClause = -1;
        FrameIndex = 0;
        FilterEscaped = false;
    }

    public uint CodeOffset => (uint)(Context.Rip - Method.MethodStart);

    // Prepares the current frame; false when the walk has reached its end (no managed frame
    // above, or an escaped filter).
    public bool Prepare(FrameTable frames, ulong* labels)
    {
        while (true)
        {
            if (Context.Rip == 0 || FrameIndex >= MaxFrames)
                return false;
            if (Context.Rip == labels[ExceptionLabels.FilterReturn])
            {
                FilterEscaped = true;
                return false;
            }
            if (Context.Rip != labels[ExceptionLabels.CatchReturn] && Context.Rip != labels[ExceptionLabels.FinallyReturn])
                break;
            DispatchRecord* record = *(DispatchRecord**)Context.Rsp;
            Context = record->Frame;
            StartClause = record->ClauseIndex;
        }
        HasFde = frames.Find(Context.CodeLookupAddress, out Fde);
        if (!HasFde && FrameIndex > 0)
            return false; // assembly code (the task trampoline, an interrupt stub): the end
        Method = HasFde ? MethodUnwindInfo.Read(Fde.Lsda, Fde.CodeStart) : default;
        return true;
    }

    public FrameUnwinder.Result Next(out byte unsupportedOpcode)
    {
        FrameDescription fde = Fde;
        FrameUnwinder.Result result = FrameUnwinder.Unwind(ref Context, HasFde ? &fde : null, out unsupportedOpcode);
        StartClause = -1;
        FrameIndex++;
        return result;
    }
}
