// ProfileHistogram: counts how often each key (a symbol's start address) occurs, for the
// profiler's report. Open addressing in two parallel arrays sized for the worst case of
// every sample being distinct, so adding never fails or grows.
namespace RalphOS.Kernel.Diagnostics;

internal sealed class ProfileHistogram
{
    private readonly ulong[] _keys;
    private readonly int[] _counts;
    private readonly bool[] _used;
    private int _length;

    public ProfileHistogram(int maximumKeys)
    {
        int size = 16;
        while (size < maximumKeys * 2)
            size *= 2;
        _keys = new ulong[size];
        _counts = new int[size];
        _used = new bool[size];
    }

    // After SortByCountDescending, entries 0.._length-1 hold the distinct keys.
    public int Length => _length;
    public ulong KeyAt(int index) => _keys[index];
    public int CountAt(int index) => _counts[index];

    public void Add(ulong key)
    {
        int mask = _keys.Length - 1;
        int slot = (int)((key ^ (key >> 17)) * 0x9E3779B1u) & mask;
        while (_used[slot] && _keys[slot] != key)
            slot = (slot + 1) & mask;
        if (!_used[slot])
        {
            _used[slot] = true;
            _keys[slot] = key;
            _length++;
        }
        _counts[slot]++;
    }

    // Packs the used slots to the front and orders them by count (insertion sort: the
    // number of distinct functions in a profile is small).
    public void SortByCountDescending()
    {
        int packed = 0;
        for (int i = 0; i < _keys.Length; i++)
        {
            if (!_used[i])
                continue;
            _keys[packed] = _keys[i];
            _counts[packed] = _counts[i];
            packed++;
        }
        for (int i = 1; i < packed; i++)
        {
            ulong key = _keys[i];
            int count = _counts[i];
            int j = i - 1;
            for (; j >= 0 && _counts[j] < count; j--)
            {
                _keys[j + 1] = _keys[j];
                _counts[j + 1] = _counts[j];
            }
            _keys[j + 1] = key;
            _counts[j + 1] = count;
        }
        for (int i = 0; i < _used.Length; i++)
            _used[i] = false; // the table is now a list; Add must not be used again
    }
}
