// MousePacketDecoder: assembles the PS/2 mouse's 3-byte movement packets. Byte 0 holds the
// buttons (bits 0-2: left, right, middle), an always-one bit (3), the sign bits of X and Y
// (4, 5: the movements are 9-bit two's complement) and overflow bits (6, 7); bytes 1 and 2
// the low 8 bits of the movement. A first byte without bit 3 cannot start a packet: it is
// dropped, which puts a stream that lost a byte back in step. An overflowed packet keeps
// its buttons but moves nothing. Y grows upwards on the mouse and downwards on the screen.
// Packet format: IBM PS/2 Technical Reference, "Keyboard and Auxiliary Device Controller".
// Pure: Ps2Mouse feeds it from IRQ 12; no allocation. Host-tested.
namespace RalphOS.Kernel.Drivers.Ps2;

internal struct MouseMovement
{
    public int DeltaX;       // right is positive
    public int DeltaY;       // down (screen direction) is positive
    public bool Left;
    public bool Right;
    public bool Middle;
}

internal sealed class MousePacketDecoder
{
    private const byte LeftButton = 0x01, RightButton = 0x02, MiddleButton = 0x04;
    private const byte AlwaysOne = 0x08;
    private const byte XSign = 0x10, YSign = 0x20, XOverflow = 0x40, YOverflow = 0x80;

    private byte _first, _second;
    private int _count;

    public ulong DroppedBytes { get; private set; }

    // True when `value` completed a packet (then `movement` is it).
    public bool Feed(byte value, out MouseMovement movement)
    {
        movement = default;
        switch (_count)
        {
            case 0:
                if ((value & AlwaysOne) == 0)
                {
                    DroppedBytes++;
                    return false;
                }
                _first = value;
                _count = 1;
                return false;
            case 1:
                _second = value;
                _count = 2;
                return false;
        }
        _count = 0;
        movement.Left = (_first & LeftButton) != 0;
        movement.Right = (_first & RightButton) != 0;
        movement.Middle = (_first & MiddleButton) != 0;
        if ((_first & (XOverflow | YOverflow)) != 0)
            return true;
        movement.DeltaX = (_first & XSign) != 0 ? _second - 256 : _second;
        int up = (_first & YSign) != 0 ? value - 256 : value;
        movement.DeltaY = -up;
        return true;
    }

    // Forgets a partial packet (after the device was reset or reprogrammed).
    public void Reset() => _count = 0;
}
