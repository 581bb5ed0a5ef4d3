// InterruptSafeNic: the network card (NE2000 or e1000, through INetworkCard) as the network
// stack's device, made safe for interrupt-driven receive. The IRQ handler services the card
// the moment frames arrive (the NE2000 drains its small ring into the driver's own buffers,
// so bursts cannot overflow it; the e1000 acknowledges, its frames wait in its DMA ring);
// task code only transmits and takes frames. Both touch the card's registers or the driver's
// buffers, so they run with interrupts disabled, briefly.
using System;
using RalphOS.Kernel.Arch;
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.Network;

internal sealed class InterruptSafeNic : INetworkDevice
{
    private readonly INetworkCard _card;

    public InterruptSafeNic(INetworkCard card)
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

    // Called by the card's IRQ handler (interrupts are off there).
    public void OnInterrupt() => _card.HandleInterrupt();
}
