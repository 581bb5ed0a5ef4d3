// DelegateTests: multicast delegates and events: += adds handlers that all run in order,
// -= removes one (the last matching) even through a new delegate instance, and a Func
// returns its last handler's result.
using System;

namespace RalphOS.Kernel.SelfTest;

internal static class DelegateTests
{
    private sealed class Button
    {
        public event Action<int> Clicked;
        public void Click(int value) => Clicked?.Invoke(value);
    }

    private static string _log = "";

    private static void First(int value) => _log = string.Concat(_log, "a", value.ToString());
    private static void Second(int value) => _log = string.Concat(_log, "b", value.ToString());

    public static void Run()
    {
        var button = new Button();
        int total = 0;
        button.Clicked += First;
        button.Clicked += Second;
        button.Clicked += value => total += value;
        button.Click(3);
        SelfTestRunner.Check("event with three handlers runs them in order", _log == "a3b3" && total == 3);

        button.Clicked -= First;
        _log = "";
        button.Click(4);
        SelfTestRunner.Check("event -= removes a handler (through a new delegate instance)", _log == "b4" && total == 7);

        Func<int> answers = () => 1;
        answers += () => 2;
        answers += () => 42;
        SelfTestRunner.Check("multicast Func returns the last handler's result", answers() == 42);

        Action<int> both = First;
        both += Second;
        Action<int> again = First;
        again += Second;
        SelfTestRunner.Check("multicast delegates compare by invocation list", both == again && both != (Action<int>)First);
    }
}
