// System.RuntimeType: the compiler asks for this type's existence; without reflection it
// has no members.
namespace System;

internal sealed class RuntimeType : Type
{
}
