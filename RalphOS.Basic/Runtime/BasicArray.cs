// A DIMensioned BASIC array: numbers (Nums) or strings (Strs), row-major, each dimension
// running from the option base to its upper bound. Created only by Machine.Dimension,
// which checks the size against the session memory limit before allocating.
namespace RalphOS.Basic.Runtime;

public sealed class BasicArray
{
    public readonly double[] Nums;
    public readonly string[] Strs;
    /// <summary>Upper bound of each dimension.</summary>
    public readonly int[] Upper;
    /// <summary>Number of elements per dimension (Upper - Base + 1).</summary>
    public readonly int[] Extent;
    public readonly int Base;
    public readonly int Count;

    public BasicArray(bool isString, int[] upper, int optionBase, int count)
    {
        Upper = upper;
        Base = optionBase;
        Count = count;
        Extent = new int[upper.Length];
        for (int d = 0; d < upper.Length; d++) Extent[d] = upper[d] - optionBase + 1;
        if (isString)
        {
            Strs = new string[count];
            for (int i = 0; i < count; i++) Strs[i] = "";
        }
        else Nums = new double[count];
    }

    /// <summary>Bytes this array is charged against the session limit (strings extra).</summary>
    public long ChargedBytes => (long)Count * 8 + 32;

    /// <summary>Flat index for rounded subscripts, or -1 when one is out of range.</summary>
    public int Offset(System.ReadOnlySpan<double> subscripts, int n)
    {
        if (n != Upper.Length) return -1;
        int offset = 0;
        for (int d = 0; d < n; d++)
        {
            double s = subscripts[d];
            if (!(s >= Base - 0.5 && s < Upper[d] + 0.5)) return -1;
            int k = (int)(s + 0.5 - Base);
            offset = offset * Extent[d] + k;
        }
        return offset;
    }
}
