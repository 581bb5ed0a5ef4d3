// ON ERROR GOTO after the program has ended, as GW-BASIC does it (its interpreter source
// and pcbasic agree): the trap stays armed until RUN, NEW, CLEAR, a program edit or
// ON ERROR GOTO 0, so an error in a direct-mode line runs the handler (ERL 65535) and
// RESUME NEXT goes on with the direct line. ERR and ERL also tell an untrapped error.
using RalphOS.Basic.Tests.Support;
using Xunit;

namespace RalphOS.Basic.Tests;

public class ErrorTrapReplTests
{
    private static Session WithEndedTrappingProgram()
    {
        var s = new Session();
        s.Type("10 ON ERROR GOTO 100", "20 PRINT \"RAN\"", "30 END", "100 PRINT \"HANDLER\"; ERR; ERL: RESUME NEXT");
        Assert.Equal("RAN\n", s.Type("RUN"));
        return s;
    }

    [Fact]
    public void ADirectModeErrorRunsTheEndedProgramsHandler()
    {
        Session s = WithEndedTrappingProgram();
        Assert.Equal("HANDLER 5  65535 \nAFTER\n", s.Type("ERROR 5: PRINT \"AFTER\""));
    }

    [Theory]
    [InlineData("ON ERROR GOTO 0")]
    [InlineData("NEW")]
    [InlineData("CLEAR")]
    [InlineData("40 REM an edit")]
    public void DisarmingTheTrapShowsTheMessageAgain(string command)
    {
        Session s = WithEndedTrappingProgram();
        s.Type(command);
        Assert.Equal("Illegal function call\n", s.Type("ERROR 5"));
    }

    [Fact]
    public void ErrAndErlTellWhatStoppedTheProgram()
    {
        var s = new Session();
        s.Type("10 PRINT 1", "20 ERROR 6");
        s.Type("RUN");
        Assert.Equal(" 6  20 \n", s.Type("PRINT ERR; ERL"));
    }
}
