// LinqErrors: the exceptions LINQ's operators throw, with .NET's messages, in one place so
// every operator says the same thing: a null argument is ArgumentNullException naming the
// parameter; an empty or ambiguous sequence is InvalidOperationException.
namespace System.Linq;

internal static class LinqErrors
{
    public static void CheckNotNull(object argument, string name)
    {
        if (argument == null)
            throw new ArgumentNullException(name);
    }

    public static Exception NoElements() => new InvalidOperationException("Sequence contains no elements");

    public static Exception NoMatch() => new InvalidOperationException("Sequence contains no matching element");

    public static Exception MoreThanOneElement() => new InvalidOperationException("Sequence contains more than one element");

    public static Exception MoreThanOneMatch() => new InvalidOperationException("Sequence contains more than one matching element");

    public static Exception IndexOutOfRange() =>
        new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
}
