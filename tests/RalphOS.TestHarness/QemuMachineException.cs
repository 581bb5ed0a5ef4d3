// QemuMachineException: QEMU could not start, or what a test waited for did not happen.
// The message carries the reason and the tail of the serial log (and QEMU's stderr).
using System;

namespace RalphOS.TestHarness;

public sealed class QemuMachineException : Exception
{
    public QemuMachineException(string message) : base(message)
    {
    }
}
