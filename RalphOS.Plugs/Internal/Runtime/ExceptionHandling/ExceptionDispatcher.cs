// ExceptionDispatcher: what happens between a `throw` and the catch block that takes it,
// in two passes over the stack as on NativeAOT (ExceptionHandling.cs in dotnet/runtime):
//   1. walk from the throw site up, frame by frame (StackWalk), looking in each method's EH
//      clauses (innermost first) for a typed catch whose type the exception is an instance
//      of, or a filter that says yes (filters run here, on top of the stack); record the
//      frames for Exception.StackTrace on the way;
//   2. walk again up to that frame, running the finally (fault) funclets of every clause
//      left, innermost first; then call the catch funclet and resume its frame where the
//      funclet says (ralph_call_catch_funclet).
// An exception nobody catches goes to UnhandledHandler (the kernel ends the task); no
// finally runs then, as on .NET. Entered from exception_helpers.asm (RhpThrowEx,
// RhpRethrow, ralph_throw_from_fault); nothing here runs unless something throws.
using System;
using System.Runtime;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Internal.Runtime.CompilerHelpers;

namespace Internal.Runtime.ExceptionHandling;

public static unsafe class ExceptionDispatcher
{
    private static FrameTable _frames;
    private static ulong* _labels;

    // Set by the kernel: reports an exception nobody caught and ends the task (never returns).
    public static delegate*<object, void> UnhandledHandler;

    public static int FrameCount => _frames == null ? 0 : _frames.Count;

    // Where the kernel's fault handler sends a task that faulted in managed code
    // (rdi = ThrowKind, rsi = the faulting instruction).
    public static ulong FaultThrowEntry => (ulong)ThrowFromFaultAddress();

    public const ulong NullReferenceFault = (ulong)ThrowKind.NullReferenceFault;
    public const ulong DivideByZeroFault = (ulong)ThrowKind.DivideByZeroFault;

    public static void Initialize()
    {
        if (_frames != null)
            return;
        byte* start = EhFrameStart();
        _frames = new FrameTable(start, EhFrameEnd(), 0);
        _labels = ExceptionLabelTable();
        ThrowHelpers.PrepareOutOfMemory();
    }

    [RuntimeExport("ralph_dispatch_exception")]
    private static void Dispatch(object exception, RegisterContext* throwSite)
    {
        Initialize();
        ThrowKind kind = (ThrowKind)throwSite->Kind;
        if (kind == ThrowKind.NullReferenceFault)
            exception = new NullReferenceException();
        else if (kind == ThrowKind.DivideByZeroFault)
            exception = new DivideByZeroException();
        else if (kind == ThrowKind.Rethrow)
            exception = ExceptionBeingCaught(*throwSite);
        exception ??= new NullReferenceException(); // `throw null`, as on .NET
        Exception managed = exception as Exception;
        if (managed != null && kind != ThrowKind.Rethrow)
            managed.ClearStackTrace();

        DispatchRecord dispatchRecord = default;
        DispatchRecord* record = &dispatchRecord;
        record->Exception = (nint)RuntimeExports.ObjectAddress(exception);
        if (!FindHandler(exception, managed, *throwSite, record, out int handlerFrame, out int handlerClause, out ulong handler))
        {
            if (UnhandledHandler != null)
                UnhandledHandler(exception);
            Panic.Fail(string.Concat("unhandled exception: ", managed != null ? managed.Message : "not an Exception"));
        }
        ulong escapeStackPointer = RunFinallys(*throwSite, record, handlerFrame, handlerClause);
        if (handlerClause < 0)
        {
            // The exception escaped a filter: that filter's answer is false.
            RegisterContext resume = default;
            resume.Rip = _labels[ExceptionLabels.FilterEscaped];
            resume.Rsp = escapeStackPointer;
            ResumeContext(&resume);
        }
        record->ClauseIndex = handlerClause;
        CallCatchFunclet(record->Exception, (void*)handler, &record->Frame, record);
    }

    // Pass 1. On success `record->Frame` is the handling frame, `handlerFrame` its index in
    // the walk; `handlerClause` is -1 when the walk ended at an escaped filter.
    private static bool FindHandler(object exception, Exception managed, in RegisterContext throwSite, DispatchRecord* record,
        out int handlerFrame, out int handlerClause, out ulong handler)
    {
        handlerFrame = 0;
        handlerClause = -1;
        handler = 0;
        var walk = new StackWalk(throwSite);
        while (walk.Prepare(_frames, _labels))
        {
            managed?.AppendStackFrame(walk.Context.Rip);
            var clauses = new EhClauses(walk.Method.EhInfo);
            var skip = new ClauseSkip(walk.StartClause);
            uint offset = walk.CodeOffset;
            for (int index = 0; clauses.Next(out EhClause clause); index++)
            {
                if (skip.Skips(index, clause) || !clause.Covers(offset) || clause.Kind == EhClauseKind.Fault)
                    continue;
                bool catches;
                if (clause.Kind == EhClauseKind.Typed)
                {
                    catches = TypeCast.IsInstanceOfException((MethodTable*)clause.CatchType, exception);
                }
                else
                {
                    record->Frame = walk.Context;
                    record->ClauseIndex = index;
                    catches = CallFilterFunclet(record->Exception, (void*)(walk.Method.MethodStart + clause.FilterOffset), &record->Frame, record) != 0;
                }
                if (catches)
                {
                    record->Frame = walk.Context;
                    handlerFrame = walk.FrameIndex;
                    handlerClause = index;
                    handler = walk.Method.MethodStart + clause.HandlerOffset;
                    return true;
                }
            }
            Advance(ref walk);
        }
        handlerFrame = walk.FrameIndex;
        return walk.FilterEscaped;
    }

    // Pass 2: the finally funclets from the throw site to the handler (in the handling
    // frame, only those inside the catching clause). Returns the stack pointer where the
    // walk stopped (used when it stopped at an escaped filter).
    private static ulong RunFinallys(in RegisterContext throwSite, DispatchRecord* record, int handlerFrame, int handlerClause)
    {
        var walk = new StackWalk(throwSite);
        while (walk.Prepare(_frames, _labels))
        {
            bool isHandlerFrame = walk.FrameIndex == handlerFrame;
            var clauses = new EhClauses(walk.Method.EhInfo);
            var skip = new ClauseSkip(walk.StartClause);
            uint offset = walk.CodeOffset;
            for (int index = 0; clauses.Next(out EhClause clause); index++)
            {
                if (isHandlerFrame && index >= handlerClause)
                    break;
                if (skip.Skips(index, clause) || !clause.Covers(offset) || clause.Kind != EhClauseKind.Fault)
                    continue;
                record->Frame = walk.Context;
                record->ClauseIndex = index;
                CallFinallyFunclet((void*)(walk.Method.MethodStart + clause.HandlerOffset), &record->Frame, record);
            }
            if (isHandlerFrame)
            {
                record->Frame = walk.Context;
                return walk.Context.Rsp;
            }
            Advance(ref walk);
        }
        return walk.Context.Rsp;
    }

    private static void Advance(ref StackWalk walk)
    {
        FrameUnwinder.Result result = walk.Next(out byte opcode);
        if (result == FrameUnwinder.Result.UnsupportedCfi)
            Panic.Fail(string.Concat("exception dispatch: unsupported call frame instruction 0x", Number.UInt64ToHex(opcode),
                " in the frame at 0x", Number.UInt64ToHex(walk.Context.Rip)));
    }

    // `throw;` runs inside a catch funclet: the exception is the one the dispatch that
    // called the funclet is handling (its record sits above the funclet's frame).
    private static object ExceptionBeingCaught(RegisterContext context)
    {
        for (int frame = 0; frame < 64; frame++)
        {
            if (context.Rip == _labels[ExceptionLabels.CatchReturn])
            {
                nint address = (*(DispatchRecord**)context.Rsp)->Exception;
                return Unsafe.As<nint, object>(ref address);
            }
            bool hasFde = _frames.Find(context.CodeLookupAddress, out FrameDescription fde);
            if (FrameUnwinder.Unwind(ref context, hasFde ? &fde : null, out _) != FrameUnwinder.Result.Unwound)
                break;
        }
        Panic.Fail("exception dispatch: `throw;` outside a catch block");
        return null;
    }

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_call_catch_funclet")]
    private static extern void CallCatchFunclet(nint exception, void* funclet, RegisterContext* owner, DispatchRecord* record);

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_call_finally_funclet")]
    private static extern void CallFinallyFunclet(void* funclet, RegisterContext* owner, DispatchRecord* record);

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_call_filter_funclet")]
    private static extern int CallFilterFunclet(nint exception, void* funclet, RegisterContext* owner, DispatchRecord* record);

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_resume_context")]
    private static extern void ResumeContext(RegisterContext* context);

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_exception_labels")]
    private static extern ulong* ExceptionLabelTable();

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_throw_from_fault_address")]
    private static extern void* ThrowFromFaultAddress();

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_eh_frame_start")]
    private static extern byte* EhFrameStart();

    [SuppressGCTransition, DllImport("*", EntryPoint = "ralph_eh_frame_end")]
    private static extern byte* EhFrameEnd();
}
