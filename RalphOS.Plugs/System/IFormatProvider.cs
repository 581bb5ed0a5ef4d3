// System.IFormatProvider: what culture-aware formatting takes. Ralph OS has one culture,
// the invariant one, so every provider is treated as invariant.
namespace System;

public interface IFormatProvider
{
    object GetFormat(Type formatType);
}
