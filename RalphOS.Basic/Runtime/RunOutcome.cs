// How a call to Machine.Run ended.
namespace RalphOS.Basic.Runtime;

public enum RunOutcome
{
    /// <summary>END, or the end of the program or of the direct line.</summary>
    Ended,
    /// <summary>STOP: "Break in N"; CONT resumes.</summary>
    Stopped,
    /// <summary>Ctrl-C: "Break in N"; CONT resumes.</summary>
    Broken,
    /// <summary>An untrapped error; Machine.LastError and LastErrorLine say which.</summary>
    Errored,
    /// <summary>The step limit ran out (tests and the conformance runner use one).</summary>
    StepLimit,
}
