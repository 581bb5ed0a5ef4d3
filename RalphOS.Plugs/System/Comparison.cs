// Comparison<T>: a method that orders two values (negative, zero or positive), as taken by
// List<T>.Sort(Comparison<T>) and Array.Sort<T>(T[], Comparison<T>).
namespace System;

public delegate int Comparison<in T>(T x, T y);
