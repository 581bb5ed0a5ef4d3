// Ne2000Counters: what the NE2000 driver has done and dropped (for a kernel "netstat").
namespace RalphOS.Net.Drivers.Ne2000;

public sealed class Ne2000Counters
{
    public long FramesReceived;
    public long FramesTransmitted;
    /// <summary>Frames lost because all driver receive slots were full.</summary>
    public long FramesDropped;
    public long ReceiveErrors;
    public long TransmitErrors;
    public long Overflows;
    public long FrameAlignmentErrors;
    public long CrcErrors;
    public long MissedFrames;
}
