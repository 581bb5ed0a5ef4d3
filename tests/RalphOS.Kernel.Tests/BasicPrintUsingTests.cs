// BasicPrintUsingTests: PRINT USING in the kernel's build of BASIC on the serial console
// (the formatter is shared code compiled against our core library; the host tests in
// tests/RalphOS.Basic.Tests/Scripts/PrintUsing cover every field).
using Xunit;

namespace RalphOS.Kernel.Tests;

public class BasicPrintUsingTests
{
    [Fact]
    public void PrintUsingFormatsNumbersAndStringsOnTheConsole()
    {
        using var console = BasicTests.StartBasic(nameof(PrintUsingFormatsNumbersAndStringsOnTheConsole));
        Assert.Contains("\n 3.14", console.Run("PRINT USING \"##.##\"; 3.14159", BasicTests.BasicPrompt));
        console.Run("10 PRINT USING \"[#,###.##] [**$##.##] [+#.#^^^^] [!] [\\  \\] [&]\"; 1234.5, 2.5, -314, \"XYZ\", \"ABCDEF\", \"ALL\"", BasicTests.BasicPrompt);
        console.Run("20 PRINT USING \"##\"; 123; -7", BasicTests.BasicPrompt);
        string output = console.Run("RUN", BasicTests.BasicPrompt);
        Assert.Contains("[1,234.50] [***$2.50] [-3.1E+02] [X] [ABCD] [ALL]", output);
        Assert.Contains("%123-7", output);
        Assert.Contains("Illegal function call", console.Run("PRINT USING \"NONE\"; 1", BasicTests.BasicPrompt));
    }
}
