// Something foreach can walk (the non-generic form).
namespace System.Collections;

public interface IEnumerable
{
    IEnumerator GetEnumerator();
}
