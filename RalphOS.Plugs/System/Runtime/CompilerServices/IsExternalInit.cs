// Makes init-only setters possible.
namespace System.Runtime.CompilerServices;

public static class IsExternalInit
{
}
