// INetworkCard: a network card driver as the kernel runs it (NE2000 or e1000): the stack's
// INetworkDevice, plus the interrupt side (HandleInterrupt, called by the card's IRQ
// handler) and the task side (TryReceive, FramesQueued) the network task uses. The kernel's
// InterruptSafeNic and NetworkService hold whichever card the probe found through it.
using System;

namespace RalphOS.Net.Iface;

public interface INetworkCard : INetworkDevice
{
    /// <summary>Copies the oldest received frame out; its length, or 0 when there is none.</summary>
    int TryReceive(Span<byte> destination);

    /// <summary>Received frames waiting for TryReceive (0: the network task may sleep).</summary>
    int FramesQueued { get; }

    /// <summary>Services the card's interrupt (acknowledges it, so the line drops).</summary>
    void HandleInterrupt();
}
