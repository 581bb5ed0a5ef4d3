// A strict parse of one HTTP/1.1 response as bytes on the wire (RFC 9112): the status line,
// the header fields, the body. Problems (a bad status line, a header without a colon, no
// CRLF CRLF, a Content-Length that does not match the body) are collected in Problems so a
// test can assert there are none. Used by the TODO app tests through FakeHttpClient.
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace RalphOS.Basic.Tests.Support;

public sealed class HttpResponse
{
    private const string Crlf = "\r\n";
    private static readonly Regex s_statusLine = new Regex(@"^HTTP/1\.1 ([1-5][0-9][0-9]) ([\x21-\x7e][\x20-\x7e]*)$");

    public string StatusLine = "";
    public int Status;
    public string Reason = "";
    public readonly List<KeyValuePair<string, string>> Headers = new List<KeyValuePair<string, string>>();
    public string Body = "";
    public readonly List<string> Problems = new List<string>();

    public static HttpResponse Parse(string raw)
    {
        var r = new HttpResponse();
        int headEnd = raw.IndexOf(Crlf + Crlf, StringComparison.Ordinal);
        if (headEnd < 0) { r.Problems.Add("no CRLF CRLF after the head"); return r; }
        string[] lines = raw.Substring(0, headEnd).Split(Crlf);
        r.Body = raw.Substring(headEnd + 4);
        r.StatusLine = lines[0];
        Match m = s_statusLine.Match(lines[0]);
        if (!m.Success) r.Problems.Add("bad status line: " + lines[0]);
        else { r.Status = int.Parse(m.Groups[1].Value); r.Reason = m.Groups[2].Value; }
        for (int i = 1; i < lines.Length; i++)
        {
            string line = lines[i];
            int colon = line.IndexOf(':');
            if (colon < 1 || line.Contains('\n') || line.Contains('\r') || line.Substring(0, colon).Contains(' '))
            {
                r.Problems.Add("bad header line: " + line);
                continue;
            }
            r.Headers.Add(new KeyValuePair<string, string>(line.Substring(0, colon), line.Substring(colon + 1).Trim(' ', '\t')));
        }
        string length = r.Header("Content-Length");
        if (length == null) r.Problems.Add("no Content-Length");
        else if (!int.TryParse(length, out int n) || n != r.Body.Length) r.Problems.Add("Content-Length " + length + " but the body has " + r.Body.Length.ToString() + " bytes");
        return r;
    }

    /// <summary>The value of the one header field with this name (case-insensitive); null if absent.</summary>
    public string Header(string name)
    {
        string found = null;
        foreach (var h in Headers)
        {
            if (!string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)) continue;
            if (found != null) Problems.Add("repeated header " + name);
            found = h.Value;
        }
        return found;
    }

    /// <summary>The ids in the page's /delete?id=N links, in page order, with the text before each link.</summary>
    public List<KeyValuePair<string, int>> Items()
    {
        var items = new List<KeyValuePair<string, int>>();
        foreach (Match m in Regex.Matches(Body, "<li>(.*?) <a href=\"/delete\\?id=([0-9]+)\">delete</a></li>"))
            items.Add(new KeyValuePair<string, int>(m.Groups[1].Value, int.Parse(m.Groups[2].Value)));
        return items;
    }
}
