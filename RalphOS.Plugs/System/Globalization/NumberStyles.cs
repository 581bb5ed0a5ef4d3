// System.Globalization.NumberStyles: .NET's flags for Parse. Our parsers honour
// AllowHexSpecifier (HexNumber) and otherwise accept NumberStyles.Integer for integers and
// NumberStyles.Float | AllowThousands for doubles, as the no-style overloads do.
namespace System.Globalization;

[Flags]
public enum NumberStyles
{
    None = 0,
    AllowLeadingWhite = 1,
    AllowTrailingWhite = 2,
    AllowLeadingSign = 4,
    AllowTrailingSign = 8,
    AllowParentheses = 16,
    AllowDecimalPoint = 32,
    AllowThousands = 64,
    AllowExponent = 128,
    AllowCurrencySymbol = 256,
    AllowHexSpecifier = 512,
    Integer = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign,
    HexNumber = AllowLeadingWhite | AllowTrailingWhite | AllowHexSpecifier,
    Number = Integer | AllowTrailingSign | AllowDecimalPoint | AllowThousands,
    Float = Integer | AllowDecimalPoint | AllowExponent,
    Currency = Number | AllowParentheses | AllowCurrencySymbol,
    Any = Currency | AllowExponent,
}
