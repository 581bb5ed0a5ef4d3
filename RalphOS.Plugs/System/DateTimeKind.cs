// System.DateTimeKind: whether a DateTime is universal time, local time or neither.
namespace System;

public enum DateTimeKind
{
    Unspecified = 0,
    Utc = 1,
    Local = 2,
}
