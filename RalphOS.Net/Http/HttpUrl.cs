// HttpUrl: an http:// URL split into host, port and request target (RFC 9110 section 4.2.1,
// RFC 3986 for the syntax), and the resolution of a redirect's Location against it
// (RFC 3986 section 5.2, reduced to what servers send: absolute, scheme-relative,
// absolute-path and relative-path references). Only http:// is supported: there is no TLS,
// so https:// is refused with a message saying so. The kernel's HTTP client calls it.
namespace RalphOS.Net.Http;

public sealed class HttpUrl
{
    public const ushort DefaultPort = 80;
    const string Scheme = "http://";

    public string Host { get; private set; }
    public ushort Port { get; private set; }
    /// <summary>Path and query, always starting with '/'; the fragment is dropped.</summary>
    public string Target { get; private set; }

    /// <summary>Host, or host:port when the port is not 80 (the Host header's form).</summary>
    public string Authority => Port == DefaultPort ? Host : $"{Host}:{Port}";

    public override string ToString() => $"http://{Authority}{Target}";

    /// <summary>Parses an absolute http:// URL; on failure error says why.</summary>
    public static bool TryParse(string text, out HttpUrl url, out string error)
    {
        url = null;
        error = null;
        string trimmed = text == null ? "" : text.Trim();
        string lower = trimmed.ToLowerInvariant();
        if (lower.StartsWith("https://")) { error = "https:// is not supported (no TLS): use http://"; return false; }
        if (!lower.StartsWith(Scheme))
        {
            error = trimmed.Contains("://") ? "only http:// URLs are supported" : "not a URL: it must start with http://";
            return false;
        }
        string rest = trimmed.Substring(Scheme.Length);
        int targetAt = IndexOfAny(rest, "/?#");
        string authority = targetAt < 0 ? rest : rest.Substring(0, targetAt);
        string target = targetAt < 0 ? "/" : rest.Substring(targetAt);
        if (authority.Contains("@")) { error = "user names in URLs are not supported"; return false; }
        ushort port = DefaultPort;
        int colon = authority.IndexOf(':');
        string host = colon < 0 ? authority : authority.Substring(0, colon);
        if (colon >= 0)
        {
            string portText = authority.Substring(colon + 1);
            if (portText.Length > 0 && (!ushort.TryParse(portText, out port) || port == 0 || !AllDigits(portText)))
            {
                error = "bad port in URL";
                return false;
            }
            if (portText.Length == 0) port = DefaultPort;
        }
        if (host.Length == 0) { error = "no host in URL"; return false; }
        if (!IsHostText(host)) { error = "bad host name in URL"; return false; }
        url = new HttpUrl { Host = host.ToLowerInvariant(), Port = port, Target = CleanTarget(target) };
        return true;
    }

    /// <summary>The URL a redirect's Location names, relative to this one.</summary>
    public bool TryResolve(string location, out HttpUrl url, out string error)
    {
        string reference = location == null ? "" : location.Trim();
        if (reference.Length == 0) { url = null; error = "redirect without a Location"; return false; }
        if (reference.Contains("://")) return TryParse(reference, out url, out error);
        if (reference.StartsWith("//")) return TryParse("http:" + reference, out url, out error);
        error = null;
        string target;
        if (reference.StartsWith("/")) target = reference;
        else if (reference.StartsWith("?")) target = PathOnly(Target) + reference;
        else
        {
            string path = PathOnly(Target);
            target = path.Substring(0, path.LastIndexOf('/') + 1) + reference;
        }
        url = new HttpUrl { Host = Host, Port = Port, Target = CleanTarget(target) };
        return true;
    }

    static string PathOnly(string target)
    {
        int query = target.IndexOf('?');
        return query < 0 ? target : target.Substring(0, query);
    }

    // Drops the fragment (never sent, RFC 9110 7.1), makes sure the target starts with '/',
    // and percent-encodes spaces, controls and non-ASCII (RFC 3986 2.1), so the request
    // line cannot be split or broken by what a program or a Location header put in it.
    static string CleanTarget(string target)
    {
        int fragment = target.IndexOf('#');
        if (fragment >= 0) target = target.Substring(0, fragment);
        if (!target.StartsWith("/")) target = "/" + target;
        var clean = new System.Text.StringBuilder();
        for (int i = 0; i < target.Length; i++)
        {
            char c = target[i];
            if (c > ' ' && c < 0x7F) clean.Append(c);
            else clean.Append('%').Append(((int)(c & 0xFF)).ToString("X2"));
        }
        return clean.ToString();
    }

    static bool IsHostText(string host)
    {
        for (int i = 0; i < host.Length; i++)
        {
            char c = host[i];
            if (!(char.IsLetterOrDigit(c) && c < 0x80) && c != '.' && c != '-' && c != '_') return false;
        }
        return true;
    }

    static int IndexOfAny(string text, string characters)
    {
        for (int i = 0; i < text.Length; i++)
            if (characters.IndexOf(text[i]) >= 0) return i;
        return -1;
    }

    static bool AllDigits(string text)
    {
        for (int i = 0; i < text.Length; i++)
            if (!char.IsDigit(text[i])) return false;
        return true;
    }
}
