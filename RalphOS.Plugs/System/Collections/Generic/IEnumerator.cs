// The cursor foreach uses to walk an IEnumerable<T>.
namespace System.Collections.Generic;

public interface IEnumerator<out T> : IEnumerator, IDisposable
{
    new T Current { get; }
}
