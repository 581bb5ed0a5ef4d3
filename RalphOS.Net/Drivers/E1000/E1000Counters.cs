// E1000Counters: what the e1000 driver has done and dropped (the monitor's `net` shows them).
namespace RalphOS.Net.Drivers.E1000;

public sealed class E1000Counters
{
    public long FramesReceived;
    public long FramesTransmitted;
    public long Interrupts;
    /// <summary>Frames the card reported with a receive error, or that did not fit a buffer.</summary>
    public long ReceiveErrors;
    /// <summary>Times the card ran out of receive descriptors and dropped frames (RXO).</summary>
    public long Overruns;
    /// <summary>Frames not sent because every transmit descriptor was still in use.</summary>
    public long TransmitRingFull;
    /// <summary>Frames not sent because the link was down.</summary>
    public long NoCarrier;
    public long LinkChanges;
}
