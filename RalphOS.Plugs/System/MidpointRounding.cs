// System.MidpointRounding: how Math.Round treats a value halfway between two results (and,
// for the directed modes, every value).
namespace System;

public enum MidpointRounding
{
    ToEven = 0,
    AwayFromZero = 1,
    ToZero = 2,
    ToNegativeInfinity = 3,
    ToPositiveInfinity = 4,
}
