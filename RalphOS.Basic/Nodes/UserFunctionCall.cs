// Calls of DEF FN functions, numeric and string. See UserFunction for the binding rule.
using RalphOS.Basic.Runtime;

namespace RalphOS.Basic.Nodes;

internal static class UserFunctionBinder
{
    public const int MaxArgs = 8;

    /// <summary>Checks the call, saves the parameters and binds arguments; false on error.</summary>
    public static bool Enter(Machine m, UserFunction f, Expr[] args, double[] savedNums, string[] savedStrs)
    {
        if (!f.Defined || f.Body == null) { m.Fail(ErrorCode.UndefinedFunction); return false; }
        if (args.Length != f.ParamSlots.Length) { m.Fail(ErrorCode.Syntax); return false; }
        if (m.FunctionDepth >= Machine.MaxFunctionDepth) { m.Fail(ErrorCode.OutOfMemory); return false; }
        int n = args.Length;
        for (int i = 0; i < n; i++)
        {
            if (f.ParamIsString[i] != (args[i] is StrExpr)) { m.Fail(ErrorCode.TypeMismatch); return false; }
        }
        var nums = new double[n];
        var strs = new string[n];
        for (int i = 0; i < n; i++)
        {
            if (f.ParamIsString[i]) strs[i] = ((StrExpr)args[i]).Eval(m);
            else nums[i] = ((NumExpr)args[i]).Eval(m);
        }
        for (int i = 0; i < n; i++)
        {
            int slot = f.ParamSlots[i];
            if (f.ParamIsString[i]) { savedStrs[i] = m.Strs[slot]; m.Strs[slot] = strs[i]; }
            else { savedNums[i] = m.Nums[slot]; m.Nums[slot] = nums[i]; }
        }
        m.FunctionDepth++;
        return true;
    }

    public static void Leave(Machine m, UserFunction f, double[] savedNums, string[] savedStrs)
    {
        m.FunctionDepth--;
        for (int i = 0; i < f.ParamSlots.Length; i++)
        {
            int slot = f.ParamSlots[i];
            if (f.ParamIsString[i]) m.Strs[slot] = savedStrs[i];
            else m.Nums[slot] = savedNums[i];
        }
    }
}

internal sealed class NumFnCall : NumExpr
{
    private readonly UserFunction _f;
    private readonly Expr[] _args;
    public NumFnCall(UserFunction f, Expr[] args) { _f = f; _args = args; }

    public override double Eval(Machine m)
    {
        var savedNums = new double[_args.Length];
        var savedStrs = new string[_args.Length];
        if (!UserFunctionBinder.Enter(m, _f, _args, savedNums, savedStrs)) return 0;
        double r = _f.Body is NumExpr n ? n.Eval(m) : 0;
        UserFunctionBinder.Leave(m, _f, savedNums, savedStrs);
        return r;
    }
}

internal sealed class StrFnCall : StrExpr
{
    private readonly UserFunction _f;
    private readonly Expr[] _args;
    public StrFnCall(UserFunction f, Expr[] args) { _f = f; _args = args; }

    public override string Eval(Machine m)
    {
        var savedNums = new double[_args.Length];
        var savedStrs = new string[_args.Length];
        if (!UserFunctionBinder.Enter(m, _f, _args, savedNums, savedStrs)) return "";
        string r = _f.Body is StrExpr s ? s.Eval(m) : "";
        UserFunctionBinder.Leave(m, _f, savedNums, savedStrs);
        return r;
    }
}
