// InterruptSafeNic: the NE2000 as the network stack's device, made safe for interrupt-driven
// receive. The IRQ handler drains the card's receive ring into the driver's own buffers the
// moment frames arrive (so bursts cannot overflow the card's small ring); task code only
// transmits and takes frames from those buffers. Both touch the card's remote DMA or the
// driver's buffers, so they run with interrupts disabled, briefly.
using System;
using RalphOS.Kernel.Arch;
using RalphOS.Net.Drivers.Ne2000;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.Network;

internal sealed class InterruptSafeNic : INetworkDevice
{
    private readonly Ne2000Driver _card;

    public InterruptSafeNic(Ne2000Driver card)
    {
        _card = card;
    }

    public MacAddress MacAddress => _card.MacAddress;

    public bool Transmit(ReadOnlySpan<byte> frame)
    {
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        bool sent = _card.Transmit(frame);
        Cpu.RestoreInterrupts(wereEnabled);
        return sent;
    }

    // The next received frame from the driver's buffers; 0 when there is none.
    public int TryReceive(Span<byte> destination)
    {
        bool wereEnabled = Cpu.DisableInterruptsSaving();
        int length = _card.TryReceive(destination);
        Cpu.RestoreInterrupts(wereEnabled);
        return length;
    }

    // Called by the IRQ 10 handler (interrupts are off there).
    public void OnInterrupt() => _card.HandleInterrupt();
}
