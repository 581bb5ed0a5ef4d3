// System.Type: only the name exists, for attribute signatures; there is no reflection.
namespace System;

public abstract class Type
{
}
