// CollectionErrors: the exceptions the collections throw on misuse, with .NET's messages,
// in one place so List, Dictionary, HashSet, Queue and Stack say the same thing: changing a
// collection while enumerating it and emptying past the end are InvalidOperationException;
// bad indices, counts and capacities are ArgumentOutOfRangeException; a null collection
// argument is ArgumentNullException naming the parameter.
namespace System.Collections.Generic;

internal static class CollectionErrors
{
    public static Exception ModifiedDuringEnumeration() =>
        new InvalidOperationException("Collection was modified; enumeration operation may not execute.");

    // Stack<T>'s enumerator words it differently on .NET.
    public static Exception StackModifiedDuringEnumeration() =>
        new InvalidOperationException("Collection was modified after the enumerator was instantiated.");

    public static Exception IndexOutOfRange() =>
        new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");

    public static Exception InsertIndexOutOfRange() =>
        new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");

    public static Exception NegativeNumber(string name) =>
        new ArgumentOutOfRangeException(name, "Non-negative number required.");

    public static Exception CapacityBelowCount() =>
        new ArgumentOutOfRangeException("value", "capacity was less than the current size.");

    public static Exception InvalidRange() =>
        new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");

    public static Exception DestinationTooSmall() =>
        new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");

    public static Exception Empty(string collection) => new InvalidOperationException($"{collection} empty.");

    /// <summary>ArgumentOutOfRangeException for a negative index or count, else ArgumentException,
    /// when index and count do not select a range of a collection of the given size.</summary>
    public static void CheckRange(int index, int count, int size)
    {
        if (index < 0)
            throw NegativeNumber("index");
        if (count < 0)
            throw NegativeNumber("count");
        if (size - index < count)
            throw InvalidRange();
    }
}
