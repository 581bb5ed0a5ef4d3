// NullableTests: Nullable<T> as .NET runs it: HasValue/Value/GetValueOrDefault, Value of an
// empty one throwing InvalidOperationException, the lifted arithmetic, comparison and
// equality operators (null propagates; comparisons with null are false), ?? and ?., and
// Equals, GetHashCode and ToString. Boxing a T? is not checked: the kernel's RhBox does not
// yet unwrap Nullable<T> (an empty one should box to null, a full one to its value), so
// interpolating a T? is wrong too. Expected values are .NET's (the host run proves it).
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class NullableTests
{
    private static int? _empty;

    public static void Run()
    {
        int? five = 5;
        int? none = _empty;
        SelfTestRunner.Check("Nullable: HasValue, Value, GetValueOrDefault", five.HasValue && five.Value == 5 && !none.HasValue
            && none.GetValueOrDefault() == 0 && none.GetValueOrDefault(9) == 9 && five.GetValueOrDefault(9) == 5 && (int)five == 5);
        SelfTestRunner.Check("Nullable: Value of an empty one throws InvalidOperationException", Expect.Throws<InvalidOperationException>(() => _ = none.Value)
            && Expect.Throws<InvalidOperationException>(() => _ = (int)none));
        SelfTestRunner.Check("Nullable: lifted arithmetic propagates null", five + 1 == 6 && (five * none) == null && -five == -5
            && (five + none).HasValue == false && (long?)five * 2L == 10L);
        SelfTestRunner.Check("Nullable: lifted comparison and equality", five > 4 && !(none > 4) && !(none < 4) && !(none <= 4) && none == null
            && five != null && five == 5 && five != none && !(none != _empty));
        double? half = 0.5;
        bool? unknown = null;
        SelfTestRunner.Check("Nullable: ?? and bool? logic", (none ?? 7) == 7 && (five ?? 7) == 5 && (half ?? 0) == 0.5
            && (unknown & false) == false && (unknown | true) == true && (unknown & true) == null);
        SelfTestRunner.Check("Nullable: Equals", five.Equals(5) && !five.Equals(null) && none.Equals(null));
        SelfTestRunner.Check("Nullable: GetHashCode", five.GetHashCode() == 5.GetHashCode() && none.GetHashCode() == 0);
        SelfTestRunner.Check("Nullable: ToString", five.ToString() == "5" && none.ToString() == "");
        DateTime? when = new DateTime(2024, 1, 2);
        string text = null;
        SelfTestRunner.Check("Nullable: structs and ?. on members", when?.Year == 2024 && ((DateTime?)null)?.Year == null && text?.Length == null
            && "abc"?.Length == 3);
    }
}
