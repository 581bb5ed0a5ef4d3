// System.Converter<TInput, TOutput>: one value to another (List<T>.ConvertAll).
namespace System;

public delegate TOutput Converter<in TInput, out TOutput>(TInput input);
