// System.Attribute: base of all attributes. Attributes are compile-time metadata here.
namespace System;

public abstract class Attribute
{
}
