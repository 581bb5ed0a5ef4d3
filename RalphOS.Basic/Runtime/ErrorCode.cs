// BASIC error numbers, as GW-BASIC numbers them (ERR returns these; ERROR n raises them).
namespace RalphOS.Basic.Runtime;

public enum ErrorCode
{
    None = 0,
    NextWithoutFor = 1,
    Syntax = 2,
    ReturnWithoutGosub = 3,
    OutOfData = 4,
    IllegalFunctionCall = 5,
    Overflow = 6,
    OutOfMemory = 7,
    UndefinedLine = 8,
    SubscriptOutOfRange = 9,
    DuplicateDefinition = 10,
    DivisionByZero = 11,
    IllegalDirect = 12,
    TypeMismatch = 13,
    OutOfStringSpace = 14,
    StringTooLong = 15,
    FormulaTooComplex = 16,
    CantContinue = 17,
    UndefinedFunction = 18,
    NoResume = 19,
    ResumeWithoutError = 20,
    Unprintable = 21,
    MissingOperand = 22,
    LineBufferOverflow = 23,
    ForWithoutNext = 26,
    WhileWithoutWend = 29,
    WendWithoutWhile = 30,
    BadFileNumber = 52,
    FileNotFound = 53,
    InputPastEnd = 62,
    BadFileName = 64,
    DeviceUnavailable = 68,
    // Ours (GW-BASIC leaves 77 unused): a graphics statement in a session without a screen
    // (telnet, a spawned program) or while another program holds it.
    ScreenUnavailable = 77,
}
