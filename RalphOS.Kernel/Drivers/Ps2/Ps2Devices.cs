// Ps2Devices: the PS/2 keyboard (IRQ 1) and mouse (IRQ 12) behind the i8042. Each handler
// reads only the bytes the status register says are its own (bit 5 marks mouse data),
// decodes them (ScanCodeDecoder, MousePacketDecoder) and hands the result on through a
// function pointer set at start-up: typed bytes to the console's input (the same path as
// serial input, so Ctrl-C breaks), pointer moves to the screen. The mouse is driven by
// IRQ 12 alone and nothing here allocates. Started by KernelMain.
using System;
using RalphOS.Kernel.Interrupts;

namespace RalphOS.Kernel.Drivers.Ps2;

internal static unsafe class Ps2Devices
{
    public const int KeyboardIrqLine = 1;
    public const int MouseIrqLine = 12;
    private const int MaxBytesPerInterrupt = 16;

    private static I8042Controller _controller;
    private static ScanCodeDecoder _keys;
    private static MousePacketDecoder _packets;
    private static delegate*<byte, void> _typed;
    private static delegate*<void> _pointerMoved;
    private static int _width, _height;

    public static bool KeyboardReady { get; private set; }
    public static bool MouseReady { get; private set; }

    // The pointer, clamped to the screen given to Start; buttons of the last packet.
    public static int PointerX { get; private set; }
    public static int PointerY { get; private set; }
    public static bool LeftButton { get; private set; }
    public static ulong Packets { get; private set; }

    public static void Start(delegate*<byte, void> typed, delegate*<void> pointerMoved, int width, int height)
    {
        _typed = typed;
        _pointerMoved = pointerMoved;
        _width = width;
        _height = height;
        PointerX = width / 2;
        PointerY = height / 2;
        _keys = new ScanCodeDecoder();
        _packets = new MousePacketDecoder();
        _controller = new I8042Controller(new PortIo());
        KeyboardReady = _controller.Initialize();
        if (!KeyboardReady)
            return;
        MouseReady = _controller.MouseReady;
        IrqTable.Register(KeyboardIrqLine, &OnKeyboardInterrupt);
        if (MouseReady)
            IrqTable.Register(MouseIrqLine, &OnMouseInterrupt);
    }

    private static void OnKeyboardInterrupt()
    {
        Span<byte> typed = stackalloc byte[ScanCodeDecoder.MaxBytesPerKey];
        for (int i = 0; i < MaxBytesPerInterrupt; i++)
        {
            byte status = _controller.ReadStatus();
            if ((status & I8042Controller.StatusOutputFull) == 0 || (status & I8042Controller.StatusAuxiliaryData) != 0)
                return;
            int count = _keys.Feed(_controller.ReadData(), typed);
            for (int j = 0; j < count; j++)
                _typed(typed[j]);
        }
    }

    private static void OnMouseInterrupt()
    {
        bool moved = false;
        for (int i = 0; i < MaxBytesPerInterrupt; i++)
        {
            byte status = _controller.ReadStatus();
            if ((status & I8042Controller.StatusOutputFull) == 0 || (status & I8042Controller.StatusAuxiliaryData) == 0)
                break;
            if (!_packets.Feed(_controller.ReadData(), out MouseMovement movement))
                continue;
            Packets++;
            PointerX = Clamp(PointerX + movement.DeltaX, _width);
            PointerY = Clamp(PointerY + movement.DeltaY, _height);
            LeftButton = movement.Left;
            moved = true;
        }
        if (moved)
            _pointerMoved();
    }

    private static int Clamp(int value, int limit) => value < 0 ? 0 : value >= limit ? limit - 1 : value;
}
