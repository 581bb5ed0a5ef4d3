// TupleElementNamesAttribute: where the C# compiler records tuple element names ((int X,
// string Name)) in signatures and locals that need them; nothing reads it at run time here.
using System.Collections.Generic;

namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.All)]
public sealed class TupleElementNamesAttribute : Attribute
{
    private readonly string[] _transformNames;

    public TupleElementNamesAttribute(string[] transformNames) { _transformNames = transformNames; }

    public IList<string> TransformNames => _transformNames;
}
