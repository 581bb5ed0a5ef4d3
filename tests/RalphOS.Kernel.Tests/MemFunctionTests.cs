// MEM(0) and MEM(1) in the OS follow the seed: bytes in use, then bytes free. A fresh
// session uses far less of the kernel heap than is free, so MEM(0) < MEM(1).
using Xunit;

namespace RalphOS.Kernel.Tests;

public class MemFunctionTests
{
    [Fact]
    public void MemZeroIsUsedAndMemOneIsFree()
    {
        using var console = BasicTests.StartBasic(nameof(MemZeroIsUsedAndMemOneIsFree));
        string output = console.Run("PRINT MEM(0) < MEM(1); MEM(0) > 0", BasicTests.BasicPrompt);
        Assert.Contains("-1 -1", output);
    }
}
