// CodeSymbols: readable names for stack traces and exception reports, from the kernel's
// symbol table (the kernel sets Resolver at boot). ILC's symbols are mangled: the
// assembly's name, the namespace and type joined by '_', "__" before the method, a
// "_ZTV<length>" prefix on a MethodTable; Readable turns them back into
// "Namespace.Type.Method" (an underscore inside a name also becomes a dot: the mangling
// does not say which ones were dots). Pure text, so the host tests check it.
namespace Internal.Runtime.ExceptionHandling;

public static unsafe class CodeSymbols
{
    // The symbol containing an address and, through `start`, where that symbol begins;
    // null when no symbol does.
    public static delegate*<nuint, nuint*, string> Resolver;

    // Prefixes ILC puts before every name of an assembly (the core library, the kernel).
    private const string CoreLibraryPrefix = "S_P_CoreLib_";
    private const string KernelPrefix = "RalphOS_Kernel_";

    public static string Describe(ulong address)
    {
        nuint start = 0;
        string symbol = Resolver != null ? Resolver((nuint)address, &start) : null;
        if (symbol == null)
            return $"0x{Hex(address)}";
        return $"{Readable(symbol)} + 0x{Hex(address - start)}";
    }

    public static string TypeName(nuint methodTable)
    {
        nuint start = 0;
        string symbol = Resolver != null ? Resolver(methodTable, &start) : null;
        return symbol == null || start != methodTable ? "System.Exception" : ReadableType(symbol);
    }

    // Upper-case hexadecimal without leading zeros (shared with the host tests, which have
    // no access to the core library's number formatting).
    public static string Hex(ulong value)
    {
        var digits = new char[16];
        int start = 16;
        do
        {
            int digit = (int)(value & 0xF);
            digits[--start] = (char)(digit < 10 ? '0' + digit : 'A' + digit - 10);
            value >>= 4;
        }
        while (value != 0);
        return new string(digits, start, 16 - start);
    }

    // A mangled symbol as "Namespace.Type.Method": the assembly prefix goes, the type's
    // underscores become dots, the method's name after "__" stays as written (".cctor" for
    // a static constructor). A name without an assembly prefix (an exported entry point
    // such as ralph_task_main) is left alone.
    public static string Readable(string symbol)
    {
        string name = symbol;
        if (name.StartsWith("_ZTV"))
        {
            int digits = 4;
            while (digits < name.Length && name[digits] >= '0' && name[digits] <= '9')
                digits++;
            name = name.Substring(digits);
        }
        if (name.StartsWith("Boxed_"))
            name = name.Substring(6);
        bool hadPrefix = true;
        if (name.StartsWith(CoreLibraryPrefix))
            name = name.Substring(CoreLibraryPrefix.Length);
        else if (name.StartsWith(KernelPrefix))
            name = name.Substring(KernelPrefix.Length);
        else
            hadPrefix = false;
        int split = name.IndexOf("__", 1);
        if (split > 0)
        {
            string method = name.Substring(split + 2);
            if (method.StartsWith("_"))
                method = $".{method.Substring(1)}";
            return $"{name.Substring(0, split).Replace('_', '.')}.{method}";
        }
        return hadPrefix ? name.Replace('_', '.') : name;
    }

    // A type's readable name; the core library's own well-known types (String, Object)
    // carry no namespace in their symbols, so they get System's.
    public static string ReadableType(string symbol)
    {
        string name = Readable(symbol);
        return name.IndexOf('.') < 0 ? $"System.{name}" : name;
    }
}
