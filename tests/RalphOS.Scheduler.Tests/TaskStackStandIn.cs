// The kernel's TaskStack maps and unmaps pages; the queue logic under test only carries a
// reference to it, so the host build gets this empty stand-in.
namespace RalphOS.Kernel.Tasks;

internal sealed class TaskStack
{
}
