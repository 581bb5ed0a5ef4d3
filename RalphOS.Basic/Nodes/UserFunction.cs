// A DEF FN function: parameters live in hidden variable slots private to the function
// (named "FNA(X" so no program name can collide); a call saves them, binds the arguments,
// evaluates the body and restores them. Calls nest at most Machine.MaxFunctionDepth deep.
namespace RalphOS.Basic.Nodes;

internal sealed class UserFunction
{
    public readonly string Name;
    public bool IsString;
    public int[] ParamSlots = new int[0];
    public bool[] ParamIsString = new bool[0];
    public Expr Body;
    /// <summary>Set when the DEF statement has run (GW-BASIC: calls before it fail).</summary>
    public bool Defined;

    public UserFunction(string name) { Name = name; IsString = name.EndsWith("$"); }
}
