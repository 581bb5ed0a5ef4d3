// Who holds the screen, seen from the REPL: a program that switched to graphics (SCREEN 13)
// keeps the screen until it returns to SCREEN 0 or ends; whatever way a RUN or CONT ends
// (END, its last line, an error, STOP, Ctrl-C, the step limit) the screen goes back to the
// host, so the kernel can show its memory map again and the error message is readable.
// A program stopped in graphics mode takes it again on CONT (not cleared: the host may
// have kept the picture). At the prompt, SCREEN 13 keeps the screen until SCREEN 0, RUN,
// NEW, LOAD or SYSTEM, so pictures can be drawn a statement at a time.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Repl;

public sealed partial class BasicRepl
{
    /// <summary>The screen mode of the program when it last stopped, for CONT.</summary>
    private int _stoppedScreenMode = Machine.TextMode;

    /// <summary>After RUN or CONT: gives the screen back, remembering the mode for CONT.</summary>
    private void EndProgramScreen(RunOutcome outcome)
    {
        bool resumable = outcome == RunOutcome.Stopped || outcome == RunOutcome.Broken;
        _stoppedScreenMode = resumable ? Machine.ScreenMode : Machine.TextMode;
        Machine.ReleaseScreen();
    }

    /// <summary>Before CONT: graphics again if the program stopped in graphics mode.</summary>
    private bool ResumeProgramScreen()
    {
        if (Machine.ResumeScreen(_stoppedScreenMode)) return true;
        Report(ErrorMessages.Text(ErrorCode.ScreenUnavailable));
        return false;
    }
}
