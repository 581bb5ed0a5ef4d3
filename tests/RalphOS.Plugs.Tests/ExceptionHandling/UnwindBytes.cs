// UnwindBytes: hand-made unwind data for the reader tests, in native memory (the readers
// take pointers): an .eh_frame with one CIE and one FDE (absolute pointer encoding, so
// any code address fits), and raw blobs.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace RalphOS.Plugs.Tests.ExceptionHandling;

internal sealed unsafe class UnwindBytes : IDisposable
{
    public byte* Start { get; }
    public byte* End { get; }

    public UnwindBytes(byte[] bytes)
    {
        Start = (byte*)NativeMemory.AllocZeroed((nuint)bytes.Length + 16);
        Marshal.Copy(bytes, 0, (nint)Start, bytes.Length);
        End = Start + bytes.Length;
    }

    public void Dispose() => NativeMemory.Free(Start);

    // CIE: version 1, augmentation (e.g. "zR"), code alignment 1, data alignment -8, return
    // address column 16, augmentation data, initial rules CFA = rsp + 8, rip at CFA - 8.
    // FDE: the code range with absolute pointers, an LSDA pointer when "L" is present.
    public static byte[] Section(string augmentation, byte[] augmentationData, ulong codeStart, ulong codeLength, byte[] fdeInstructions, ulong? lsda = null)
    {
        var cie = new List<byte> { 0, 0, 0, 0, 1 };
        foreach (char c in augmentation)
            cie.Add((byte)c);
        cie.Add(0);
        cie.AddRange(new byte[] { 1, 0x78, 16, (byte)augmentationData.Length });
        cie.AddRange(augmentationData);
        cie.AddRange(new byte[] { 0x0C, 7, 8, 0x90, 1 });
        while ((cie.Count + 4) % 8 != 0)
            cie.Add(0);
        var section = new List<byte>();
        section.AddRange(BitConverter.GetBytes(cie.Count));
        section.AddRange(cie);

        var fde = new List<byte>();
        fde.AddRange(BitConverter.GetBytes(section.Count + 4)); // back to the CIE
        fde.AddRange(BitConverter.GetBytes(codeStart));
        fde.AddRange(BitConverter.GetBytes(codeLength));
        if (augmentation.StartsWith("z"))
        {
            fde.Add((byte)(lsda.HasValue ? 8 : 0));
            if (lsda.HasValue)
                fde.AddRange(BitConverter.GetBytes(lsda.Value));
        }
        fde.AddRange(fdeInstructions);
        while ((fde.Count + 4) % 8 != 0)
            fde.Add(0);
        section.AddRange(BitConverter.GetBytes(fde.Count));
        section.AddRange(fde);
        section.AddRange(new byte[4]); // terminator
        return section.ToArray();
    }
}
