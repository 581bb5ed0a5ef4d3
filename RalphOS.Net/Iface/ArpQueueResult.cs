// ArpQueueResult: what ArpCache.QueuePacket did with a packet waiting for an address.
namespace RalphOS.Net.Iface;

public enum ArpQueueResult
{
    Queued,
    /// <summary>The per-address or total queue bound was reached; the packet was dropped.</summary>
    QueueFull,
    TooLarge,
}
