// StringSplitOptions: what string.Split does with the pieces: drop empty ones, trim each.
namespace System;

[Flags]
public enum StringSplitOptions
{
    None = 0,
    RemoveEmptyEntries = 1,
    TrimEntries = 2,
}
