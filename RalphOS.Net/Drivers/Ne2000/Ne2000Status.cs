// Ne2000Status: the result of Ne2000Driver.Initialize.
namespace RalphOS.Net.Drivers.Ne2000;

public enum Ne2000Status
{
    Ok,
    /// <summary>No card answered the reset at this I/O base.</summary>
    NoCard,
    /// <summary>A remote DMA transfer did not complete.</summary>
    DmaTimeout,
}
