// StringComparison: how string.Equals/Compare/StartsWith compare. This kernel has no
// cultures: the culture-sensitive kinds behave like Ordinal / OrdinalIgnoreCase, which is
// exactly what .NET does with InvariantGlobalization (as the host test projects set).
namespace System;

public enum StringComparison
{
    CurrentCulture = 0,
    CurrentCultureIgnoreCase = 1,
    InvariantCulture = 2,
    InvariantCultureIgnoreCase = 3,
    Ordinal = 4,
    OrdinalIgnoreCase = 5,
}
