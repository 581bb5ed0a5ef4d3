// Calling conventions for DllImport (x86_64 has one C convention).
namespace System.Runtime.InteropServices;

public enum CallingConvention
{
    Winapi = 1,
    Cdecl = 2,
    StdCall = 3,
    ThisCall = 4,
    FastCall = 5,
}
