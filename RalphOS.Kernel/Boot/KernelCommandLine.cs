// KernelCommandLine: the options text in the image header (set with the image tool:
// `RalphOS.Boot.dll set IMAGE --cmdline "net=static"`), as space-separated key=value words.
// Known options: net=static (skip DHCP, use 10.0.2.15/24 via 10.0.2.2 at once);
// dns=A.B.C.D[:PORT] (the DNS server HostResolver asks, instead of DHCP's or 10.0.2.3).
namespace RalphOS.Kernel.Boot;

internal static unsafe class KernelCommandLine
{
    private static string _text = "";

    public static string Text => _text;

    public static void Load(ImageHeader* header)
    {
        if (header == null)
            return;
        int length = 0;
        while (length < ImageHeader.CommandLineLength && header->CommandLine[length] != 0)
            length++;
        char[] characters = new char[length];
        for (int i = 0; i < length; i++)
            characters[i] = (char)header->CommandLine[i];
        _text = new string(characters);
    }

    // The value of `key=value` on the command line, or null.
    public static string Value(string key)
    {
        string[] words = _text.Split(' ');
        string prefix = string.Concat(key, "=");
        for (int i = 0; i < words.Length; i++)
        {
            if (words[i].StartsWith(prefix))
                return words[i].Substring(prefix.Length);
        }
        return null;
    }
}
