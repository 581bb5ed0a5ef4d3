// Marks a DllImport whose target is a short assembly helper that never blocks and never
// calls back into managed code: ILC then calls it directly, without the transition frame
// and the two RhpPInvoke/RhpPInvokeReturn calls it otherwise wraps around every call
// (empty here, but under QEMU's TCG each call and return costs a translation-block
// dispatch). Used on the memory-copy and fill helpers (Buffer, SpanHelpers).
namespace System.Runtime.InteropServices;

[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class SuppressGCTransitionAttribute : Attribute
{
}
