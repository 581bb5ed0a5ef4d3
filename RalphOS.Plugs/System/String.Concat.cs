// String concatenation (what `a + b` compiles to).
namespace System;

public sealed unsafe partial class String
{
    public static string Concat(string a, string b)
    {
        a ??= Empty;
        b ??= Empty;
        string result = FastAllocate(a._stringLength + b._stringLength);
        fixed (char* destination = &result._firstChar)
        {
            CopyInto(destination, a);
            CopyInto(destination + a._stringLength, b);
        }
        return result;
    }

    public static string Concat(string a, string b, string c) => Concat(Concat(a, b), c);

    public static string Concat(string a, string b, string c, string d) => Concat(Concat(a, b), Concat(c, d));

    public static string Concat(object a, object b) => Concat(a?.ToString(), b?.ToString());

    public static string Concat(object a, object b, object c) => Concat(a?.ToString(), b?.ToString(), c?.ToString());

    public static string Concat(params string[] values)
    {
        int length = 0;
        for (int i = 0; i < values.Length; i++)
            length += values[i] == null ? 0 : values[i]._stringLength;
        string result = FastAllocate(length);
        fixed (char* destination = &result._firstChar)
        {
            int offset = 0;
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == null)
                    continue;
                CopyInto(destination + offset, values[i]);
                offset += values[i]._stringLength;
            }
        }
        return result;
    }

    private static void CopyInto(char* destination, string source)
    {
        fixed (char* from = &source._firstChar)
            Buffer.MemoryCopy(from, destination, (nuint)source._stringLength * 2);
    }
}
