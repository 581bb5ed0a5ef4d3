// ProgramSockets: the TCP sockets one program holds (opened or accepted through the API's
// socket group, KernelApi.Sockets). Handles are global numbers in the stack's table, so
// every call checks the handle is the program's own; CloseAll closes what is left when the
// program ends, however it ends (LoadedProgram.Release, run by the scheduler's reaper), so
// its listening ports are free again and its connections end with a FIN.
using System.Collections.Generic;
using RalphOS.Kernel.Network;
using RalphOS.Net.Iface;

namespace RalphOS.Kernel.Programs;

internal sealed class ProgramSockets
{
    private readonly List<int> _handles = new List<int>();

    public int Count => _handles.Count;

    public bool Owns(int handle) => _handles.Contains(handle);

    public void Add(int handle) => _handles.Add(handle);

    public void Remove(int handle) => _handles.Remove(handle);

    public void CloseAll()
    {
        NetStack stack = NetworkService.Stack;
        if (stack != null)
        {
            foreach (int handle in _handles)
                stack.TcpClose(handle);
        }
        _handles.Clear();
    }
}
