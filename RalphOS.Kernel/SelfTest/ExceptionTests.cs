using System;
namespace RalphOS.Kernel.SelfTest;
internal static class ExceptionTests
{
    private static int _finallyCount;
    public static int Probe(int x)
    {
        int local = x * 3;
        try
        {
            if (x == 1)
                throw new InvalidOperationException("x");
            local += 5;
            return local;
        }
        catch (InvalidOperationException e) when (e.Message.Length == local)
        {
            return local + 2;
        }
        catch (Exception)
        {
            throw;
        }
        finally
        {
            _finallyCount += local;
        }
    }
    public static void Run()
    {
        SelfTestRunner.Check("probe", Probe(0) == 5);
    }
}
