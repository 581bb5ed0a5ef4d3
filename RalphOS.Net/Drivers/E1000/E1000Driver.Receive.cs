// E1000Driver.Receive: the receive ring. Each descriptor points at a 2 KiB buffer; the
// card owns the descriptors from RDH up to (not including) RDT, fills them in order and
// sets DD and EOP in their status. TryReceive takes the descriptor after the last one it
// handed back, copies the frame out, clears the status and gives the descriptor back by
// moving RDT onto it, so the card always has every buffer but one (manual 3.2.6). RDT is
// written once per batch of descriptors, or when the ring is empty, not once per frame:
// each register write is a trap into the emulator, and the card has buffers to spare.
using System;

namespace RalphOS.Net.Drivers.E1000;

public sealed partial class E1000Driver
{
    private int _rxNext;            // the descriptor TryReceive looks at next
    private bool _rxDiscarding;     // inside a frame spread over several buffers (too long): drop to its EOP
    private int _rxUnpublished;     // descriptors given back since RDT was last written
    private const int TailWriteBatch = 16;

    private void StartReceive()
    {
        for (int i = 0; i < ReceiveDescriptors; i++)
        {
            Span<byte> descriptor = RxDescriptor(i);
            descriptor.Clear();
            E1000Descriptor.SetAddress(descriptor, _rxBuffers + (ulong)(i * BufferSize));
        }
        Write(E1000Registers.Rdbal, (uint)_rxRing);
        Write(E1000Registers.Rdbah, (uint)(_rxRing >> 32));
        Write(E1000Registers.Rdlen, ReceiveDescriptors * E1000Descriptor.Size);
        Write(E1000Registers.Rdh, 0);
        Write(E1000Registers.Rdt, ReceiveDescriptors - 1);
        _rxNext = 0;
        Write(E1000Registers.Rctl, E1000Registers.RctlEnable | E1000Registers.RctlBroadcast
            | E1000Registers.RctlBuffer2048 | E1000Registers.RctlStripCrc);
    }

    private Span<byte> RxDescriptor(int index) =>
        _dma.Access(_rxRing + (ulong)(index * E1000Descriptor.Size), E1000Descriptor.Size);

    /// <summary>Frames the card has written that TryReceive has not taken yet.</summary>
    public int FramesQueued
    {
        get
        {
            int count = 0;
            for (int i = _rxNext; count < ReceiveDescriptors; i = (i + 1) % ReceiveDescriptors, count++)
                if ((RxDescriptor(i)[E1000Descriptor.RxStatus] & E1000Descriptor.RxStatusDone) == 0)
                    break;
            return count;
        }
    }

    /// <summary>Copies the oldest received frame out (cut to destination's length); returns
    /// its length, or 0 when no complete frame is waiting. Frames with errors are dropped.</summary>
    public int TryReceive(Span<byte> destination)
    {
        for (int scanned = 0; scanned < ReceiveDescriptors; scanned++)
        {
            Span<byte> descriptor = RxDescriptor(_rxNext);
            byte status = descriptor[E1000Descriptor.RxStatus];
            if ((status & E1000Descriptor.RxStatusDone) == 0)
            {
                PublishTail();
                return 0;
            }
            byte errors = descriptor[E1000Descriptor.RxErrors];
            int length = E1000Descriptor.Length(descriptor, E1000Descriptor.RxLength);
            bool endOfPacket = (status & E1000Descriptor.RxStatusEndOfPacket) != 0;
            int taken = 0;
            if (_rxDiscarding || !endOfPacket || errors != 0 || length > BufferSize)
            {
                // Part of an oversized frame (we never enable long packets), or a bad one.
                if (!_rxDiscarding)
                    Counters.ReceiveErrors++;
                _rxDiscarding = !endOfPacket;
            }
            else
            {
                taken = Math.Min(length, destination.Length);
                _dma.Access(_rxBuffers + (ulong)(_rxNext * BufferSize), taken).CopyTo(destination);
                Counters.FramesReceived++;
            }
            GiveBack(descriptor);
            if (taken > 0)
                return taken;
        }
        PublishTail();
        return 0;
    }

    // The descriptor goes back to the card: clear its status so DD means "new" next time;
    // it becomes the tail (the card may fill everything before RDT) at the next PublishTail.
    private void GiveBack(Span<byte> descriptor)
    {
        descriptor[E1000Descriptor.RxStatus] = 0;
        descriptor[E1000Descriptor.RxErrors] = 0;
        _rxNext = (_rxNext + 1) % ReceiveDescriptors;
        if (++_rxUnpublished >= TailWriteBatch)
            PublishTail();
    }

    // RDT = the last descriptor given back (the one before _rxNext).
    private void PublishTail()
    {
        if (_rxUnpublished == 0)
            return;
        Write(E1000Registers.Rdt, (uint)((_rxNext + ReceiveDescriptors - 1) % ReceiveDescriptors));
        _rxUnpublished = 0;
    }
}
