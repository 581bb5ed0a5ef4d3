// What the host loop should do after feeding the Repl a line.
namespace RalphOS.Basic.Repl;

public enum ReplStatus
{
    Continue,
    /// <summary>SYSTEM (or BYE) was typed: the session ends.</summary>
    Exit,
}
