// Records and init-only setters on netstandard2.0 need this type; the compiler only checks its name.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
