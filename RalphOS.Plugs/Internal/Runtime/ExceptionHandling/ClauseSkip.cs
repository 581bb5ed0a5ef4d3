// ClauseSkip: in a frame reached by a collided unwind (StackWalk), the clauses up to the
// one whose funclet was running belong to the older dispatch, and so do the clauses right
// after it that protect the very same range (the other catch blocks of the same try): an
// exception escaping one catch block is never taken by its sibling. Skipping stops at the
// first clause with a different range (NativeAOT's ExceptionHandling.cs does the same).
namespace Internal.Runtime.ExceptionHandling;

internal struct ClauseSkip
{
    private int _startClause;
    private uint _lastTryStart;
    private uint _lastTryEnd;

    public ClauseSkip(int startClause)
    {
        _startClause = startClause;
        _lastTryStart = 0;
        _lastTryEnd = 0;
    }

    public bool Skips(int index, in EhClause clause)
    {
        if (_startClause < 0)
            return false;
        if (index <= _startClause)
        {
            _lastTryStart = clause.TryStart;
            _lastTryEnd = clause.TryEnd;
            return true;
        }
        if (clause.TryStart == _lastTryStart && clause.TryEnd == _lastTryEnd)
            return true;
        _startClause = -1;
        return false;
    }
}
