// EnumParseResult: how EnumParser's reading of a string went; Enum.Parse turns each failure
// into the exception .NET throws for it, Enum.TryParse into false.
namespace Internal.Runtime.Reflection;

internal enum EnumParseResult
{
    Parsed,
    Empty,
    NotFound,
    Overflow,
}
