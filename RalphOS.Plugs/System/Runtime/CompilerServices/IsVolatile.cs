// Marks volatile fields in signatures (modreq).
namespace System.Runtime.CompilerServices;

public static class IsVolatile
{
}
