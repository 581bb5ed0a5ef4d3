// System.Exception: the base of every exception. The dispatcher
// (Internal/Runtime/ExceptionHandling) records the frames a thrown exception passes on its
// way to the catch in StackTrace (a rethrow with `throw;` keeps them and adds its own);
// ToString is shaped like .NET's: "Type: message", the inner exception after " ---> ",
// then the "   at Method + 0xOFFSET" lines (the image carries no line table, so no
// file:line); the runtime's throw helpers at the top are left out (HiddenFrames). The standard exception types beside this file follow .NET's hierarchy and
// default messages.
using System.Text;
using Internal.Runtime;
using Internal.Runtime.ExceptionHandling;

namespace System;

public class Exception
{
    private const int MaxStackFrames = 64;

    private readonly string _message;
    private ulong[] _stackFrames;
    private int _stackFrameCount;

    public Exception() { }

    public Exception(string message) { _message = message; }

    public Exception(string message, Exception innerException)
    {
        _message = message;
        InnerException = innerException;
    }

    public virtual string Message => _message ?? DefaultMessage;

    public Exception InnerException { get; }

    /// <summary>The message a type shows when it was constructed without one.</summary>
    private protected virtual string DefaultMessage => $"Exception of type '{ExceptionTypeName}' was thrown.";

    /// <summary>The frames from the throw to the catch, one "   at ..." line each; null before a throw.</summary>
    public virtual string StackTrace
    {
        get
        {
            if (_stackFrameCount == 0)
                return null;
            var text = new StringBuilder();
            bool top = true;
            for (int i = 0; i < _stackFrameCount; i++)
            {
                string frame = CodeSymbols.Describe(_stackFrames[i]);
                // The runtime's helpers above the failing method are hidden, as on .NET.
                if (top && HiddenFrames.IsHidden(frame) && i + 1 < _stackFrameCount)
                    continue;
                if (!top)
                    text.Append('\n');
                top = false;
                text.Append("   at ").Append(frame);
            }
            return text.ToString();
        }
    }

    public Exception GetBaseException()
    {
        Exception inner = this;
        while (inner.InnerException != null)
            inner = inner.InnerException;
        return inner;
    }

    public override string ToString()
    {
        string message = Message;
        var text = new StringBuilder(ExceptionTypeName);
        if (message != null && message.Length > 0)
            text.Append(": ").Append(message);
        if (InnerException != null)
            text.Append(" ---> ").Append(InnerException.ToString()).Append("\n   --- End of inner exception stack trace ---");
        string trace = StackTrace;
        if (trace != null)
            text.Append('\n').Append(trace);
        return text.ToString();
    }

    // The type's full name, from its MethodTable's symbol.
    internal unsafe string ExceptionTypeName => CodeSymbols.TypeName((nuint)this.GetMethodTable());

    // For an exception thrown when memory has run out: its trace needs no allocation.
    internal void ReserveStackTrace() => _stackFrames ??= new ulong[MaxStackFrames];

    internal void ClearStackTrace() => _stackFrameCount = 0;

    internal void AppendStackFrame(ulong address)
    {
        if (_stackFrameCount == MaxStackFrames)
            return;
        if (_stackFrames == null)
            _stackFrames = new ulong[MaxStackFrames];
        _stackFrames[_stackFrameCount++] = address;
    }
}
