// ByteRing: a fixed-size single-producer single-consumer ring of bytes. The interrupt
// handler writes, a task reads; when full, new bytes are dropped and counted (a terminal
// typing faster than the console reads loses input, it never corrupts memory).
namespace RalphOS.Kernel.Drivers.Serial;

internal sealed class ByteRing
{
    private readonly byte[] _bytes;
    private int _head;   // next slot to write
    private int _tail;   // next slot to read

    public ByteRing(int capacity)
    {
        _bytes = new byte[capacity];
    }

    public ulong Dropped { get; private set; }

    public bool IsEmpty => _head == _tail;

    public void Write(byte value)
    {
        int next = (_head + 1) % _bytes.Length;
        if (next == _tail)
        {
            Dropped++;
            return;
        }
        _bytes[_head] = value;
        _head = next;
    }

    public bool TryRead(out byte value)
    {
        if (_head == _tail)
        {
            value = 0;
            return false;
        }
        value = _bytes[_tail];
        _tail = (_tail + 1) % _bytes.Length;
        return true;
    }
}
