// ReassemblyResult: the outcome of giving one fragment to Ipv4Reassembler.
namespace RalphOS.Net.Iface;

public enum ReassemblyResult
{
    Incomplete,
    Complete,
    DroppedOverlap,
    DroppedTooLarge,
    DroppedTooManyFragments,
    DroppedNoSlot,
}
