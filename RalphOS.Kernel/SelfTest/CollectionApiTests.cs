// CollectionApiTests: the rest of List<T>, Dictionary<TKey,TValue> and HashSet<T>'s public
// surface (searches by predicate, ranges, binary search, set algebra, GetValueOrDefault).
// Expected values are what .NET returns for the same code (the host run proves it).
using System.Collections.Generic;

namespace RalphOS.Kernel.SelfTest;

internal static class CollectionApiTests
{
    public static void Run()
    {
        RunListSearches();
        RunListRanges();
        RunSets();
        RunDictionary();
    }

    private static void RunListSearches()
    {
        var list = new List<int> { 5, 3, 8, 1, 9, 2 };
        SelfTestRunner.Check("List Find/FindLast/FindIndex/FindLastIndex",
            list.Find(x => x > 4) == 5 && list.FindLast(x => x > 4) == 9 && list.FindIndex(x => x < 3) == 3
            && list.FindLastIndex(x => x < 3) == 5 && list.Find(x => x > 100) == 0 && list.FindIndex(2, x => x > 4) == 2);
        SelfTestRunner.Check("List FindAll/Exists/TrueForAll/ConvertAll/ForEach",
            string.Join(",", list.FindAll(x => x % 2 == 1)) == "5,3,1,9" && list.Exists(x => x == 8) && !list.TrueForAll(x => x > 1)
            && string.Join(",", list.ConvertAll(x => $"<{x}>")) == "<5>,<3>,<8>,<1>,<9>,<2>" && SumByForEach(list) == 28);
        var sorted = new List<int> { 1, 3, 5, 7 };
        SelfTestRunner.Check("List BinarySearch (found, complement of the insertion point)",
            sorted.BinarySearch(5) == 2 && sorted.BinarySearch(4) == ~2 && sorted.BinarySearch(9) == ~4 && sorted.BinarySearch(0) == ~0);
    }

    private static int SumByForEach(List<int> list)
    {
        int sum = 0;
        list.ForEach(x => sum += x);
        return sum;
    }

    private static void RunListRanges()
    {
        var list = new List<int> { 1, 2, 3, 4, 5, 6 };
        List<int> range = list.GetRange(1, 3);
        list.InsertRange(2, new[] { 10, 11 });
        int removed = list.RemoveAll(x => x % 2 == 0);
        SelfTestRunner.Check("List GetRange/InsertRange/RemoveAll",
            string.Join(",", range) == "2,3,4" && removed == 4 && string.Join(",", list) == "1,11,3,5");
        var big = new List<int>(100) { 1, 2 };
        big.TrimExcess();
        int ensured = big.EnsureCapacity(5);
        SelfTestRunner.Check("List TrimExcess/EnsureCapacity/IndexOf(from)",
            ensured == 5 && new List<int> { 1, 2, 1 }.IndexOf(1, 1) == 2 && new List<int> { 1, 2, 1 }.LastIndexOf(1) == 2);
    }

    private static void RunSets()
    {
        var a = new HashSet<int> { 1, 2, 3, 4 };
        a.IntersectWith(new[] { 2, 4, 6, 4 });
        var b = new HashSet<int> { 1, 2, 3 };
        b.ExceptWith(new[] { 2 });
        var c = new HashSet<int> { 1, 2 };
        c.SymmetricExceptWith(new[] { 2, 3, 3 });
        SelfTestRunner.Check("HashSet IntersectWith/ExceptWith/SymmetricExceptWith",
            a.Count == 2 && a.Contains(2) && a.Contains(4) && b.Count == 2 && !b.Contains(2) && c.Count == 2 && c.Contains(1) && c.Contains(3));
        var set = new HashSet<int> { 1, 2 };
        SelfTestRunner.Check("HashSet IsSubsetOf/IsSupersetOf/Proper/Overlaps/SetEquals",
            set.IsSubsetOf(new[] { 1, 2, 3 }) && !set.IsSubsetOf(new[] { 1 }) && set.IsSupersetOf(new[] { 2, 2 }) && set.IsProperSubsetOf(new[] { 1, 2, 3 })
            && !set.IsProperSupersetOf(new[] { 1, 2 }) && set.Overlaps(new[] { 5, 2 }) && set.SetEquals(new[] { 2, 1, 1 }) && !set.SetEquals(new[] { 1 }));
        var odd = new HashSet<int> { 1, 2, 3, 4, 5 };
        SelfTestRunner.Check("HashSet RemoveWhere", odd.RemoveWhere(x => x % 2 == 0) == 2 && odd.Count == 3 && !odd.Contains(4));
    }

    private static void RunDictionary()
    {
        var ages = new Dictionary<string, int> { ["ann"] = 31 };
        bool added = ages.TryAdd("bob", 40);
        bool addedAgain = ages.TryAdd("bob", 41);
        bool removed = ages.Remove("ann", out int annAge);
        SelfTestRunner.Check("Dictionary TryAdd/GetValueOrDefault/Remove(key, out value)/ContainsValue",
            added && !addedAgain && removed && annAge == 31 && ages.GetValueOrDefault("bob") == 40 && ages.GetValueOrDefault("zed") == 0
            && ages.GetValueOrDefault("zed", -1) == -1 && ages.ContainsValue(40) && !ages.ContainsValue(31));
    }
}
