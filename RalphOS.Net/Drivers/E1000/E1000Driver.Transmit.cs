// E1000Driver.Transmit: the transmit ring. Transmit copies the frame into the buffer of the
// descriptor at the tail, sets EOP, IFCS (the card appends the FCS) and RS (report status:
// the card sets DD once the frame has left), and moves TDT past it; the card sends every
// descriptor from TDH to TDT (manual 3.3). Descriptors are reclaimed lazily: a full ring is
// noticed when the next frame comes, and those with DD set are free again.
using System;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Drivers.E1000;

public sealed partial class E1000Driver
{
    private int _txTail;    // the next descriptor Transmit fills (our copy of TDT)
    private int _txClean;   // the oldest descriptor not yet seen done

    private void StartTransmit()
    {
        for (int i = 0; i < TransmitDescriptors; i++)
        {
            Span<byte> descriptor = TxDescriptor(i);
            descriptor.Clear();
            E1000Descriptor.SetAddress(descriptor, _txBuffers + (ulong)(i * BufferSize));
        }
        Write(E1000Registers.Tdbal, (uint)_txRing);
        Write(E1000Registers.Tdbah, (uint)(_txRing >> 32));
        Write(E1000Registers.Tdlen, TransmitDescriptors * E1000Descriptor.Size);
        Write(E1000Registers.Tdh, 0);
        Write(E1000Registers.Tdt, 0);
        _txTail = _txClean = 0;
        Write(E1000Registers.Tipg, E1000Registers.TipgDefault);
        Write(E1000Registers.Tctl, E1000Registers.TctlEnable | E1000Registers.TctlPadShort
            | E1000Registers.TctlCollisionThreshold | E1000Registers.TctlCollisionDistance);
    }

    private Span<byte> TxDescriptor(int index) =>
        _dma.Access(_txRing + (ulong)(index * E1000Descriptor.Size), E1000Descriptor.Size);

    /// <summary>Frames handed to the card that it has not reported sent.</summary>
    public int FramesInFlight
    {
        get
        {
            ReclaimSent();
            return (_txTail - _txClean + TransmitDescriptors) % TransmitDescriptors;
        }
    }

    public bool Transmit(ReadOnlySpan<byte> frame)
    {
        // A frame the stack should never make: refuse it rather than send garbage.
        if (frame.Length > EthernetRepr.MaxFrameLength || frame.Length == 0)
            return false;
        if (!_linkUp)
        {
            // An interrupt may have been missed (or masked); ask the card before refusing.
            _linkUp = (Read(E1000Registers.Status) & E1000Registers.StatusLinkUp) != 0;
            if (!_linkUp)
            {
                Counters.NoCarrier++;
                return false;
            }
        }
        ReclaimSent();
        int next = (_txTail + 1) % TransmitDescriptors;
        if (next == _txClean)
        {
            Counters.TransmitRingFull++;
            return false;
        }
        frame.CopyTo(_dma.Access(_txBuffers + (ulong)(_txTail * BufferSize), frame.Length));
        Span<byte> descriptor = TxDescriptor(_txTail);
        E1000Descriptor.SetLength(descriptor, E1000Descriptor.TxLength, frame.Length);
        descriptor[E1000Descriptor.TxStatus] = 0;
        descriptor[E1000Descriptor.TxCommand] = E1000Descriptor.TxCommandEndOfPacket
            | E1000Descriptor.TxCommandInsertFcs | E1000Descriptor.TxCommandReportStatus;
        _txTail = next;
        Write(E1000Registers.Tdt, (uint)_txTail);
        Counters.FramesTransmitted++;
        return true;
    }

    private void ReclaimSent()
    {
        while (_txClean != _txTail && (TxDescriptor(_txClean)[E1000Descriptor.TxStatus] & E1000Descriptor.TxStatusDone) != 0)
            _txClean = (_txClean + 1) % TransmitDescriptors;
    }
}
