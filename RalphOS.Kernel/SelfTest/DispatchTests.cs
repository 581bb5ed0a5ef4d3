// DispatchTests: interface calls the compiler cannot bind at compile time (several
// implementations reach one call site), which go through the runtime's dispatch-cell
// resolver: plain implementations, implementations inherited from a base class and
// overridden in a subclass, default interface methods, and generic interfaces.
using System.Runtime.CompilerServices;

namespace RalphOS.Kernel.SelfTest;

internal static class DispatchTests
{
    private interface IMeasure
    {
        int Measure(int x);
        int Twice(int x) => 2 * Measure(x);
    }

    private interface IConvert<T>
    {
        T Convert(int x);
    }

    private class Plus : IMeasure, IConvert<string>
    {
        public virtual int Measure(int x) => x + 1;
        public string Convert(int x) => string.Concat("+", x.ToString());
    }

    private sealed class PlusOverridden : Plus
    {
        public override int Measure(int x) => x + 100;
    }

    private sealed class Times : IMeasure, IConvert<string>
    {
        public int Measure(int x) => x * 3;
        public int Twice(int x) => -1;
        public string Convert(int x) => string.Concat("*", x.ToString());
    }

    private sealed class Minus : IMeasure, IConvert<string>
    {
        private readonly int _by;
        public Minus(int by) { _by = by; }
        public int Measure(int x) => x - _by;
        public string Convert(int x) => string.Concat("-", x.ToString());
    }

    public static void Run()
    {
        IMeasure[] measures = { new Plus(), new PlusOverridden(), new Times(), new Minus(4) };
        SelfTestRunner.Check("interface dispatch through a dispatch cell", Sum(measures, 10) == 11 + 110 + 30 + 6);
        SelfTestRunner.Check("default interface methods through a dispatch cell", SumTwice(measures, 10) == 22 + 220 - 1 + 12);
        IConvert<string>[] converters = { new Plus(), new Times(), new Minus(1), new PlusOverridden() };
        SelfTestRunner.Check("generic interface dispatch", Join(converters, 5) == "+5*5-5+5");
        SelfTestRunner.Check("repeated dispatch (cached) gives the same results", Sum(measures, 10) == 157 && Sum(measures, 0) == 1 + 100 + 0 - 4);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Sum(IMeasure[] measures, int x)
    {
        int total = 0;
        for (int i = 0; i < measures.Length; i++)
            total += measures[i].Measure(x);
        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int SumTwice(IMeasure[] measures, int x)
    {
        int total = 0;
        for (int i = 0; i < measures.Length; i++)
            total += measures[i].Twice(x);
        return total;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Join(IConvert<string>[] converters, int x)
    {
        string text = "";
        for (int i = 0; i < converters.Length; i++)
            text = string.Concat(text, converters[i].Convert(x));
        return text;
    }
}
