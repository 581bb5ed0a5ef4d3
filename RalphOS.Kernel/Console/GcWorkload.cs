// GcWorkload: the garbage-collector benchmark's work, one source compiled both into the
// kernel (console command `gcbench`) and into the host tool tools/RalphOS.GcBench, so the
// two runtimes do exactly the same allocations: hold a live heap of linked nodes with
// payload arrays, then allocate short-lived strings and arrays until a byte budget is
// spent, occasionally replacing a live node so old objects die too.
namespace RalphOS.Kernel.Console;

internal sealed class GcWorkload
{
    private const int PayloadInts = 256;                       // 1 KiB per node's payload
    private const int NodeOverheadBytes = 64;

    private sealed class Node
    {
        public Node Next;
        public int[] Payload;
    }

    private readonly Node[] _live;
    private long _checksum;

    // Builds about liveMiB of reachable objects.
    public GcWorkload(int liveMiB)
    {
        int nodes = liveMiB * 1024 * 1024 / (PayloadInts * 4 + NodeOverheadBytes);
        _live = new Node[nodes];
        for (int i = 0; i < nodes; i++)
            _live[i] = new Node { Next = i > 0 ? _live[i - 1] : null, Payload = new int[PayloadInts] };
    }

    public int LiveNodes => _live.Length;

    // Allocates about totalMiB of garbage; returns a checksum so nothing is optimized away.
    public long Churn(int totalMiB)
    {
        long budget = (long)totalMiB * 1024 * 1024;
        long allocated = 0;
        int round = 0;
        while (allocated < budget)
        {
            string text = string.Concat("garbage ", round.ToString());
            int[] numbers = new int[16 + round % 112];
            numbers[0] = text.Length;
            allocated += text.Length * 2 + 32 + numbers.Length * 4 + 32;
            if (round % 64 == 0)
            {
                // The new node takes the old one's place in the chain too (node i links to
                // node i-1), so the old node dies and the live set stays the same size.
                int slot = round % _live.Length;
                var fresh = new Node { Next = _live[(slot + _live.Length - 1) % _live.Length], Payload = new int[PayloadInts] };
                _live[slot] = fresh;
                _live[(slot + 1) % _live.Length].Next = fresh;
                allocated += PayloadInts * 4 + NodeOverheadBytes;
            }
            _checksum += numbers[0];
            round++;
        }
        return _checksum;
    }
}
