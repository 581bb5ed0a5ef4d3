// IDisposable: the contract behind `using`.
namespace System;

public interface IDisposable
{
    void Dispose();
}
