// Base types of the compiled expression tree. The parser type-checks while it builds, so
// every node is either numeric (Eval returns an unboxed double) or string. Nodes are
// immutable after compilation and are evaluated by virtual calls: no boxing, no
// allocation on the numeric path. Errors are reported with Machine.Fail and a dummy
// value; the run loop stops after the statement.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal abstract class Expr
{
    /// <summary>Depth of the tree below this node; the parser keeps it under a limit so
    /// evaluation recursion stays small on a 64 KiB kernel stack.</summary>
    public int Height;
}

internal abstract class NumExpr : Expr
{
    public abstract double Eval(Machine m);

    /// <summary>Condition test (IF, WHILE); relational nodes override it to skip the -1/0.</summary>
    public virtual bool IsTrue(Machine m) => Eval(m) != 0;
}

internal abstract class StrExpr : Expr
{
    public abstract string Eval(Machine m);
}
