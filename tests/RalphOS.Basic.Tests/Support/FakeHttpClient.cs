// One simulated HTTP client for FakeNetwork: the request it sends (in pieces, with a number
// of empty polls before each piece), when it connects, and what it got back. Tests build
// clients, hand them to TodoServer.Serve, then read Received / Response / CloseOrder.
using System.Collections.Generic;
using System.Text;

namespace RalphOS.Basic.Tests.Support;

public sealed class FakeHttpClient
{
    public readonly string Name;
    public readonly List<string> Pieces = new List<string>();

    /// <summary>Empty RECV$ answers the server gets before each piece arrives.</summary>
    public int Gap;

    /// <summary>After the last piece the client half-closes (SOCKSTATE then says CloseWait).</summary>
    public bool HangUpAfterSending;

    /// <summary>The client enters the listen backlog once this one is closed (null: at once).</summary>
    public FakeHttpClient StartAfter;

    /// <summary>Builds the request when the server accepts the client (e.g. from an earlier page).</summary>
    public System.Func<string> Compose;

    public int Handle = -1;
    public readonly StringBuilder Received = new StringBuilder();
    public bool ClosedByServer;
    /// <summary>1 for the first connection the server closed, 2 for the next, ...</summary>
    public int CloseOrder;
    public long ClosedAtMs;

    internal int NextPiece;
    internal int Waited;

    public FakeHttpClient(string name, params string[] pieces)
    {
        Name = name;
        Pieces.AddRange(pieces);
    }

    /// <summary>A GET request as a browser sends it (HTTP/1.1 with a Host header).</summary>
    public static FakeHttpClient Get(string target, string name = null)
    {
        return new FakeHttpClient(name ?? "GET " + target,
            "GET " + target + " HTTP/1.1\r\nHost: localhost:8080\r\nUser-Agent: fake\r\nAccept: text/html\r\n\r\n");
    }

    public bool AllSent => NextPiece >= Pieces.Count;

    public HttpResponse Response => HttpResponse.Parse(Received.ToString());

    public override string ToString() => Name;
}
