// IComparable: ordering against an object of unknown type (the non-generic form). Returns
// negative, zero or positive as this instance sorts before, with or after obj; a null obj
// sorts first. ObjectComparer<T> falls back to it for types without IComparable<T>.
namespace System;

public interface IComparable
{
    int CompareTo(object obj);
}
