// System.ReadOnlySpan<T>.Enumerator: what `foreach` over a read-only span uses, as in .NET:
// an index into the span, with Current a read-only reference to the element.
namespace System;

public readonly ref partial struct ReadOnlySpan<T>
{
    public Enumerator GetEnumerator() => new Enumerator(this);

    public ref struct Enumerator
    {
        private readonly ReadOnlySpan<T> _span;
        private int _index;

        internal Enumerator(ReadOnlySpan<T> span)
        {
            _span = span;
            _index = -1;
        }

        public bool MoveNext() => ++_index < _span.Length;

        public ref readonly T Current => ref _span[_index];
    }
}
