// System.Predicate<T>: a test of one value (List<T>.Find, RemoveAll, Exists, ...).
namespace System;

public delegate bool Predicate<in T>(T obj);
