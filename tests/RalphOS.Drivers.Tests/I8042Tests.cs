// I8042Tests: the controller's set-up against a fake i8042 with a mouse: interrupts for
// both ports on, clocks on, translation kept, the mouse given defaults and data
// reporting; a controller that never answers makes Initialize return false, not hang.
using System;
using System.Collections.Generic;
using RalphOS.Hardware;
using RalphOS.Kernel.Drivers.Ps2;
using Xunit;

namespace RalphOS.Drivers.Tests;

public class I8042Tests
{
    private sealed class FakeI8042 : IPortIo
    {
        public byte Config = 0x30 | 0x40;   // clocks off, translation on, no interrupts
        public readonly List<byte> MouseBytes = new List<byte>();
        public bool Dead;
        private readonly Queue<byte> _output = new Queue<byte>();
        private byte _pendingCommand;

        public byte In8(ushort port)
        {
            if (Dead)
                return port == I8042Controller.StatusPort ? I8042Controller.StatusInputFull : (byte)0;
            if (port == I8042Controller.StatusPort)
                return _output.Count > 0 ? I8042Controller.StatusOutputFull : (byte)0;
            return _output.Count > 0 ? _output.Dequeue() : (byte)0;
        }

        public void Out8(ushort port, byte value)
        {
            if (port == I8042Controller.StatusPort)
            {
                _pendingCommand = 0;
                if (value == I8042Controller.CommandReadConfig)
                    _output.Enqueue(Config);
                else if (value == I8042Controller.CommandWriteConfig || value == I8042Controller.CommandWriteAuxiliary)
                    _pendingCommand = value;
                return;
            }
            if (_pendingCommand == I8042Controller.CommandWriteConfig)
                Config = value;
            else if (_pendingCommand == I8042Controller.CommandWriteAuxiliary)
            {
                MouseBytes.Add(value);
                _output.Enqueue(I8042Controller.DeviceAcknowledge);
            }
            _pendingCommand = 0;
        }

        public ushort In16(ushort port) => throw new InvalidOperationException();
        public void Out16(ushort port, ushort value) => throw new InvalidOperationException();
        public uint In32(ushort port) => throw new InvalidOperationException();
        public void Out32(ushort port, uint value) => throw new InvalidOperationException();
        public void InWords(ushort port, Span<byte> destination) => throw new InvalidOperationException();
        public void OutWords(ushort port, ReadOnlySpan<byte> source) => throw new InvalidOperationException();
    }

    [Fact]
    public void InitializeEnablesBothPortsAndMouseReporting()
    {
        var device = new FakeI8042();
        var controller = new I8042Controller(device);
        Assert.True(controller.Initialize());
        Assert.True(controller.MouseReady);
        Assert.Equal(0x43, device.Config);   // both interrupts, translation, clocks on
        Assert.Equal(new byte[] { I8042Controller.MouseSetDefaults, I8042Controller.MouseEnableReporting }, device.MouseBytes);
    }

    [Fact]
    public void AControllerThatNeverAnswersIsReportedMissing()
    {
        var controller = new I8042Controller(new FakeI8042 { Dead = true });
        Assert.False(controller.Initialize());
        Assert.False(controller.MouseReady);
    }
}
