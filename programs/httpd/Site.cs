// Site: what httpd serves. "/" is a page with a counter of the requests for it (kept while
// the server runs); a few fixed files (/hello.txt, /about.html, /style.css, and /lines.txt,
// big enough to need several partial writes); /stats says
// how many requests and connections the server has seen; anything else is 404, and
// methods other than GET and HEAD are 405. Connection calls Answer for each request.
using System.Text;
using RalphOS.Programs;

namespace Httpd;

internal sealed class Site
{
    private const string Html = "text/html; charset=utf-8";
    private const string Text = "text/plain; charset=utf-8";

    private const int LineCount = 700;

    private long _pageViews;
    private byte[] _lines;

    public long Requests;
    public long Connections;

    public byte[] Answer(HttpRequest request, bool keepAlive)
    {
        Requests++;
        bool head = request.Method == "HEAD";
        if (request.Method != "GET" && !head)
            return HttpResponse.Build(405, "Method Not Allowed", Text, Utf8Text.Encode("405 only GET and HEAD\n"), keepAlive, false);
        string path = request.Path;
        if (path == "/" || path == "/index.html")
        {
            _pageViews++;
            return Ok(Html, CounterPage(), keepAlive, head);
        }
        if (path == "/hello.txt")
            return Ok(Text, "Hello from httpd, a C# program running on Ralph OS.\n", keepAlive, head);
        if (path == "/about.html")
            return Ok(Html, "<!DOCTYPE html>\n<html><head><title>About</title><link rel=\"stylesheet\" href=\"/style.css\"></head>"
                    + "<body><h1>About</h1><p>httpd is a program built by the .NET ILCompiler into an ELF file that "
                    + "Ralph OS loads and runs in a task of its own. It serves many clients at once from one thread "
                    + "with Socket.Select.</p><p><a href=\"/\">Home</a></p></body></html>\n", keepAlive, head);
        if (path == "/style.css")
            return Ok("text/css", "body { font-family: sans-serif; margin: 2em; }\nh1 { color: #336; }\n", keepAlive, head);
        if (path == "/lines.txt")
            return HttpResponse.Build(200, "OK", Text, Lines(), keepAlive, head);
        if (path == "/stats")
            return Ok(Text, $"requests {Requests}\nconnections {Connections}\npage views {_pageViews}\n", keepAlive, head);
        return HttpResponse.Build(404, "Not Found", Html,
            Utf8Text.Encode($"<!DOCTYPE html>\n<html><body><h1>404 Not Found</h1><p>{Escape(path)} is not here.</p></body></html>\n"),
            keepAlive, head);
    }

    // For a request the server could not read (400, 413, 431): the connection closes after.
    public byte[] Refuse(int status, string reason) =>
        HttpResponse.Build(status, reason, Text, Utf8Text.Encode($"{status} {reason}\n"), false, false);

    private string CounterPage() =>
        "<!DOCTYPE html>\n<html><head><title>Ralph OS httpd</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body>"
        + "<h1>Ralph OS httpd</h1>"
        + $"<p>This page has been served <span id=\"count\">{_pageViews}</span> times.</p>"
        + "<ul><li><a href=\"/hello.txt\">hello.txt</a></li><li><a href=\"/about.html\">about.html</a></li>"
        + "<li><a href=\"/lines.txt\">lines.txt</a></li><li><a href=\"/stats\">stats</a></li></ul></body></html>\n";

    // A larger file (about 48 KB, three times the kernel's TCP send buffer), made once.
    private byte[] Lines()
    {
        if (_lines == null)
        {
            var text = new StringBuilder();
            for (int i = 1; i <= LineCount; i++)
                text.Append($"line {i} of {LineCount}: the quick brown fox jumps over the lazy dog\n");
            _lines = Utf8Text.Encode(text.ToString());
        }
        return _lines;
    }

    private static byte[] Ok(string type, string body, bool keepAlive, bool head) =>
        HttpResponse.Build(200, "OK", type, Utf8Text.Encode(body), keepAlive, head);

    private static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
