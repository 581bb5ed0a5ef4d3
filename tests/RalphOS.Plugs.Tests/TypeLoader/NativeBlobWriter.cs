// NativeBlobWriter: builds blobs in ILC's "native format" for the type loader tests, from
// the format's rules rather than from the reader under test:
//   unsigned   the low bits of the first byte give the length: xxxxxxx0 1 byte (7 bits),
//              xxxxxx01 2 bytes (14), xxxxx011 3 (21), xxxx0111 4 (28); 00001111 and a
//              little-endian uint32 for the rest; the value sits above the length bits
//   signed     the same lengths, the shortest whose bits hold the value in two's complement
//   relative   a signed distance from where it is stored to its target
//   signature  an unsigned: kind in the low 4 bits, the kind's data above
// Hashtables are laid out by NativeHashtableWriter. The blob is copied where a test needs
// it (GuardedBlob).
using System;
using System.Collections.Generic;

namespace RalphOS.Plugs.Tests.TypeLoader;

internal sealed class NativeBlobWriter
{
    // Type signature kinds (TypeSignatureKind in dotnet/runtime's NativeFormat.cs).
    public const uint LookbackKind = 1;
    public const uint ModifierKind = 2;
    public const uint InstantiationKind = 3;
    public const uint VariableKind = 4;
    public const uint ExternalKind = 6;
    public const uint ArrayModifier = 1;
    public const uint ByRefModifier = 2;

    private readonly List<byte> _bytes = new();

    public int Position => _bytes.Count;

    public static byte[] EncodeUnsigned(uint value)
    {
        if (value < 1u << 7)
            return new[] { (byte)(value << 1) };
        if (value < 1u << 14)
            return new[] { (byte)((value << 2) | 0x01), (byte)(value >> 6) };
        if (value < 1u << 21)
            return new[] { (byte)((value << 3) | 0x03), (byte)(value >> 5), (byte)(value >> 13) };
        if (value < 1u << 28)
            return new[] { (byte)((value << 4) | 0x07), (byte)(value >> 4), (byte)(value >> 12), (byte)(value >> 20) };
        return new byte[] { 0x0F, (byte)value, (byte)(value >> 8), (byte)(value >> 16), (byte)(value >> 24) };
    }

    public static byte[] EncodeSigned(int value)
    {
        // The same shapes as the unsigned forms, each holding the low 7, 14, 21 or 28 bits.
        uint bits = unchecked((uint)value);
        if (value >= -(1 << 6) && value < 1 << 6)
            return new[] { (byte)(bits << 1) };
        if (value >= -(1 << 13) && value < 1 << 13)
            return new[] { (byte)((bits << 2) | 0x01), (byte)(bits >> 6) };
        if (value >= -(1 << 20) && value < 1 << 20)
            return new[] { (byte)((bits << 3) | 0x03), (byte)(bits >> 5), (byte)(bits >> 13) };
        if (value >= -(1 << 27) && value < 1 << 27)
            return new[] { (byte)((bits << 4) | 0x07), (byte)(bits >> 4), (byte)(bits >> 12), (byte)(bits >> 20) };
        return new byte[] { 0x0F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24) };
    }

    public void WriteByte(byte value) => _bytes.Add(value);

    public void WriteBytes(IEnumerable<byte> bytes) => _bytes.AddRange(bytes);

    public void WriteUnsigned(uint value) => _bytes.AddRange(EncodeUnsigned(value));

    public void WriteSigned(int value) => _bytes.AddRange(EncodeSigned(value));

    // A distance counted from this position (where the distance's first byte goes).
    public void WriteRelativeOffset(int target) => WriteSigned(target - Position);

    public void WriteFixed(uint value, int width)
    {
        for (int i = 0; i < width; i++)
            _bytes.Add(0);
        PatchFixed(Position - width, value, width);
    }

    // Little-endian; throws when the value does not fit (a table the test cannot build).
    public void PatchFixed(int at, uint value, int width)
    {
        if (width < 4 && value >> (8 * width) != 0)
            throw new ArgumentOutOfRangeException(nameof(value), $"{value} does not fit in {width} bytes");
        for (int i = 0; i < width; i++)
            _bytes[at + i] = (byte)(value >> (8 * i));
    }

    public void PadTo(int position)
    {
        if (position < Position)
            throw new ArgumentOutOfRangeException(nameof(position));
        while (Position < position)
            _bytes.Add(0xCC);
    }

    public void WriteExternalType(uint index) => WriteUnsigned(ExternalKind | (index << 4));

    // A type parameter of the method or of the type that declares it.
    public void WriteTypeVariable(uint index, GenericParameterOwner owner) =>
        WriteUnsigned(VariableKind | (((index << 1) | (owner == GenericParameterOwner.Method ? 1u : 0u)) << 4));

    // An array type: the element's signature must follow.
    public void WriteArrayOf() => WriteUnsigned(ModifierKind | (ArrayModifier << 4));

    // A generic instantiation: the definition's signature and then the arguments' follow.
    public void WriteInstantiation(uint argumentCount) => WriteUnsigned(InstantiationKind | (argumentCount << 4));

    // A lookback to the signature at `target`, as the lead's format notes state it: `data`
    // is the distance back from the start of the lookback itself.
    public void WriteLookback(int target) => WriteUnsigned(LookbackKind | ((uint)(Position - target) << 4));

    public byte[] ToArray() => _bytes.ToArray();
}
