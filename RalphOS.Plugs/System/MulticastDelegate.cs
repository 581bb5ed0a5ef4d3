// System.MulticastDelegate: the base of every delegate type (C#'s `delegate` declarations
// derive from it). Combining and removing (events' += and -=) are in Delegate.
namespace System;

public abstract class MulticastDelegate : Delegate
{
}
