// System.Span<T>.Enumerator: what `foreach` over a span uses, as in .NET: an index into the
// span, with Current a reference to the element (so `foreach (ref T item in span)` writes).
namespace System;

public readonly ref partial struct Span<T>
{
    public Enumerator GetEnumerator() => new Enumerator(this);

    public ref struct Enumerator
    {
        private readonly Span<T> _span;
        private int _index;

        internal Enumerator(Span<T> span)
        {
            _span = span;
            _index = -1;
        }

        public bool MoveNext() => ++_index < _span.Length;

        public ref T Current => ref _span[_index];
    }
}
