// ArraySortHelper<T>: the introsort behind Array.Sort and List<T>.Sort: quicksort with a
// median-of-three pivot, insertion sort for short ranges and heapsort when the partition
// depth exceeds 2*log2(n), so the worst case is O(n log n) and recursion depth is bounded
// (about 2*31 frames). Not stable, as .NET's is not.
namespace System.Collections.Generic;

internal static class ArraySortHelper<T>
{
    // Ranges at most this long are insertion-sorted (.NET uses the same threshold).
    private const int InsertionSortThreshold = 16;

    public static void Sort(T[] keys, int index, int length, Comparer<T> comparer) =>
        Sort(keys, index, length, comparer.Compare);

    public static void Sort(T[] keys, int index, int length, Comparison<T> comparison)
    {
        if (length < 2)
            return;
        IntroSort(keys, index, index + length - 1, 2 * (Log2(length) + 1), comparison);
    }

    private static void IntroSort(T[] keys, int low, int high, int depthLimit, Comparison<T> comparison)
    {
        while (high > low)
        {
            int size = high - low + 1;
            if (size <= InsertionSortThreshold)
            {
                InsertionSort(keys, low, high, comparison);
                return;
            }
            if (depthLimit == 0)
            {
                HeapSort(keys, low, high, comparison);
                return;
            }
            depthLimit--;
            int pivot = Partition(keys, low, high, comparison);
            // Recurse into the smaller side, loop on the larger: bounded stack depth.
            if (pivot - low < high - pivot)
            {
                IntroSort(keys, low, pivot - 1, depthLimit, comparison);
                low = pivot + 1;
            }
            else
            {
                IntroSort(keys, pivot + 1, high, depthLimit, comparison);
                high = pivot - 1;
            }
        }
    }

    // Median of three to keys[high - 1], then Hoare-style partition around it.
    private static int Partition(T[] keys, int low, int high, Comparison<T> comparison)
    {
        int middle = low + ((high - low) >> 1);
        SwapIfGreater(keys, low, middle, comparison);
        SwapIfGreater(keys, low, high, comparison);
        SwapIfGreater(keys, middle, high, comparison);
        T pivot = keys[middle];
        Swap(keys, middle, high - 1);
        int left = low, right = high - 1;
        while (left < right)
        {
            while (comparison(keys[++left], pivot) < 0) { }
            while (comparison(pivot, keys[--right]) < 0) { }
            if (left >= right)
                break;
            Swap(keys, left, right);
        }
        if (left != high - 1)
            Swap(keys, left, high - 1);
        return left;
    }

    private static void InsertionSort(T[] keys, int low, int high, Comparison<T> comparison)
    {
        for (int i = low; i < high; i++)
        {
            int j = i;
            T item = keys[i + 1];
            while (j >= low && comparison(item, keys[j]) < 0)
            {
                keys[j + 1] = keys[j];
                j--;
            }
            keys[j + 1] = item;
        }
    }

    private static void HeapSort(T[] keys, int low, int high, Comparison<T> comparison)
    {
        int count = high - low + 1;
        for (int i = count >> 1; i >= 1; i--)
            SiftDown(keys, i, count, low, comparison);
        for (int i = count; i > 1; i--)
        {
            Swap(keys, low, low + i - 1);
            SiftDown(keys, 1, i - 1, low, comparison);
        }
    }

    // Heap positions are 1-based relative to low.
    private static void SiftDown(T[] keys, int position, int count, int low, Comparison<T> comparison)
    {
        T item = keys[low + position - 1];
        while (position <= count >> 1)
        {
            int child = 2 * position;
            if (child < count && comparison(keys[low + child - 1], keys[low + child]) < 0)
                child++;
            if (comparison(item, keys[low + child - 1]) >= 0)
                break;
            keys[low + position - 1] = keys[low + child - 1];
            position = child;
        }
        keys[low + position - 1] = item;
    }

    private static void SwapIfGreater(T[] keys, int i, int j, Comparison<T> comparison)
    {
        if (i != j && comparison(keys[i], keys[j]) > 0)
            Swap(keys, i, j);
    }

    private static void Swap(T[] keys, int i, int j)
    {
        T swap = keys[i];
        keys[i] = keys[j];
        keys[j] = swap;
    }

    private static int Log2(int value)
    {
        int result = 0;
        while ((value >>= 1) != 0)
            result++;
        return result;
    }
}
