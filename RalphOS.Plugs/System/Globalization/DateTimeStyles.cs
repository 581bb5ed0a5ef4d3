// System.Globalization.DateTimeStyles: how DateTime.Parse treats a time-zone designator and
// a string without one. Ralph OS reads RoundtripKind, AdjustToUniversal, AssumeUniversal
// and AssumeLocal (DateTimeParser); the white-space flags are accepted and always on.
namespace System.Globalization;

[Flags]
public enum DateTimeStyles
{
    None = 0,
    AllowLeadingWhite = 1,
    AllowTrailingWhite = 2,
    AllowInnerWhite = 4,
    AllowWhiteSpaces = AllowLeadingWhite | AllowInnerWhite | AllowTrailingWhite,
    NoCurrentDateDefault = 8,
    AdjustToUniversal = 16,
    AssumeLocal = 32,
    AssumeUniversal = 64,
    RoundtripKind = 128,
}
