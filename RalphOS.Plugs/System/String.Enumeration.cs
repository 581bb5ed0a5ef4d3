// String.Enumeration: a string is the sequence of its UTF-16 code units, as on .NET:
// GetEnumerator is what `foreach` over a string binds to (Roslyn then compiles the loop as
// an index loop; without it Roslyn failed with CS7038), and IEnumerable<char> lets LINQ
// and other code written for sequences take a string.
using System.Collections;
using System.Collections.Generic;

namespace System;

public sealed partial class String : IEnumerable<char>
{
    public CharEnumerator GetEnumerator() => new CharEnumerator(this);

    IEnumerator<char> IEnumerable<char>.GetEnumerator() => new CharEnumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new CharEnumerator(this);
}
