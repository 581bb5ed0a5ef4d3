// System.String: an immutable sequence of UTF-16 code units. The layout (length, then the
// characters, NUL-terminated) is fixed by the compiler, which emits string literals as
// frozen objects in this shape. Construction and the text helpers are in String.*.cs.
using System.Runtime;
using System.Runtime.CompilerServices;
using Internal.Runtime;
using Internal.Runtime.CompilerHelpers;

namespace System;

public sealed unsafe partial class String
{
    // The compiler depends on these two fields and their order.
    private int _stringLength;
    private char _firstChar;

    public static readonly string Empty = "";

    public int Length => _stringLength;

    [IndexerName("Chars")]
    public char this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_stringLength)
                ThrowHelpers.ThrowIndexOutOfRangeException();
            fixed (char* p = &_firstChar)
                return p[index];
        }
    }

    // Allocates an uninitialized (zeroed) string of the given length.
    internal static string FastAllocate(int length)
    {
        if (length == 0)
            return Empty;
        // Any string literal carries the String MethodTable.
        return Unsafe.As<string>(RuntimeExports.AllocateArrayLike("".GetMethodTable(), (uint)length));
    }

    internal ref char GetRawData() => ref _firstChar;

    public String(char* value, int startIndex, int length) { }
    public String(char c, int count) { }
    public String(char[] value, int startIndex, int length) { }
    public String(char[] value) { }
    public String(ReadOnlySpan<char> value) { }

    // The C# compiler turns `new string(...)` into calls of these Ctor methods (the runtime
    // convention for variable-size objects: constructors that return the new object).
    private static string Ctor(char* value, int startIndex, int length)
    {
        string result = FastAllocate(length);
        fixed (char* destination = &result._firstChar)
            Buffer.MemoryCopy(value + startIndex, destination, (nuint)length * 2);
        return result;
    }

    private static string Ctor(char c, int count)
    {
        string result = FastAllocate(count);
        fixed (char* destination = &result._firstChar)
        {
            for (int i = 0; i < count; i++)
                destination[i] = c;
        }
        return result;
    }

    private static string Ctor(char[] value, int startIndex, int length)
    {
        if ((uint)startIndex > (uint)value.Length || (uint)length > (uint)(value.Length - startIndex))
            ThrowHelpers.ThrowArgumentOutOfRangeException();
        fixed (char* source = value)
            return Ctor(source, startIndex, length);
    }

    private static string Ctor(char[] value) => Ctor(value, 0, value.Length);

    private static string Ctor(ReadOnlySpan<char> value)
    {
        fixed (char* source = value)
            return Ctor(source, 0, value.Length);
    }

    public override string ToString() => this;

    public static implicit operator ReadOnlySpan<char>(string value) =>
        value == null ? default : new ReadOnlySpan<char>(ref value._firstChar, value._stringLength);
}
