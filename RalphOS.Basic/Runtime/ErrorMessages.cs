// The text GW-BASIC prints for each error number ("Syntax error", "Division by zero", ...),
// and back from a file store's message to its number (CodeOf).
namespace RalphOS.Basic.Runtime;

public static class ErrorMessages
{
    public static string Text(ErrorCode code)
    {
        switch (code)
        {
            case ErrorCode.NextWithoutFor: return "NEXT without FOR";
            case ErrorCode.Syntax: return "Syntax error";
            case ErrorCode.ReturnWithoutGosub: return "RETURN without GOSUB";
            case ErrorCode.OutOfData: return "Out of DATA";
            case ErrorCode.IllegalFunctionCall: return "Illegal function call";
            case ErrorCode.Overflow: return "Overflow";
            case ErrorCode.OutOfMemory: return "Out of memory";
            case ErrorCode.UndefinedLine: return "Undefined line number";
            case ErrorCode.SubscriptOutOfRange: return "Subscript out of range";
            case ErrorCode.DuplicateDefinition: return "Duplicate Definition";
            case ErrorCode.DivisionByZero: return "Division by zero";
            case ErrorCode.IllegalDirect: return "Illegal direct";
            case ErrorCode.TypeMismatch: return "Type mismatch";
            case ErrorCode.OutOfStringSpace: return "Out of string space";
            case ErrorCode.StringTooLong: return "String too long";
            case ErrorCode.FormulaTooComplex: return "Formula too complex";
            case ErrorCode.CantContinue: return "Can't continue";
            case ErrorCode.UndefinedFunction: return "Undefined user function";
            case ErrorCode.NoResume: return "No RESUME";
            case ErrorCode.ResumeWithoutError: return "RESUME without error";
            case ErrorCode.MissingOperand: return "Missing operand";
            case ErrorCode.LineBufferOverflow: return "Line buffer overflow";
            case ErrorCode.ForWithoutNext: return "FOR without NEXT";
            case ErrorCode.WhileWithoutWend: return "WHILE without WEND";
            case ErrorCode.WendWithoutWhile: return "WEND without WHILE";
            case ErrorCode.BadFileNumber: return "Bad file number";
            case ErrorCode.FileNotFound: return "File not found";
            case ErrorCode.BadFileMode: return "Bad file mode";
            case ErrorCode.FileAlreadyOpen: return "File already open";
            case ErrorCode.DeviceIoError: return "Device I/O error";
            case ErrorCode.FileAlreadyExists: return "File already exists";
            case ErrorCode.DiskFull: return "Disk full";
            case ErrorCode.InputPastEnd: return "Input past end";
            case ErrorCode.BadFileName: return "Bad file name";
            case ErrorCode.DeviceUnavailable: return "Device unavailable";
            case ErrorCode.PermissionDenied: return "Permission denied";
            case ErrorCode.PathFileAccessError: return "Path/file access error";
            case ErrorCode.PathNotFound: return "Path not found";
            case ErrorCode.ScreenUnavailable: return "Screen unavailable";
            default: return "Unprintable error";
        }
    }

    /// <summary>The error a file store's message stands for (the stores speak GW-BASIC's
    /// wording: "Disk full", "File not found"); any other message is a device error.</summary>
    public static ErrorCode CodeOf(string message)
    {
        ErrorCode[] fileErrors =
        {
            ErrorCode.FileNotFound, ErrorCode.DiskFull, ErrorCode.BadFileName, ErrorCode.PermissionDenied,
            ErrorCode.PathNotFound, ErrorCode.PathFileAccessError, ErrorCode.FileAlreadyExists,
            ErrorCode.DeviceIoError, ErrorCode.OutOfMemory,
        };
        string wanted = (message ?? "").ToUpperInvariant();
        foreach (ErrorCode code in fileErrors)
            if (Text(code).ToUpperInvariant() == wanted) return code;
        return ErrorCode.DeviceIoError;
    }
}
