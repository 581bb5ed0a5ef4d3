// The cursor foreach uses to walk an IEnumerable.
namespace System.Collections;

public interface IEnumerator
{
    object Current { get; }
    bool MoveNext();
    void Reset();
}
