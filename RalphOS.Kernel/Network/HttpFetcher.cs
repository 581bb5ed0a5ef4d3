// HttpFetcher: HTTP/1.1 GET over the kernel's TCP sockets (BASIC's HTTPGET$; C# programs
// when they exist). The URL, request and response logic is RalphOS.Net.Http's; this file
// resolves the host (HostResolver), connects, sends the request, feeds the parser what
// arrives, and follows redirects (301, 302, 303, 307, 308) up to MaxRedirects. Every wait
// is bounded (ConnectTimeoutMs to queue the request, IdleTimeoutMs between arrivals,
// TotalTimeoutMs for the whole exchange) and ends early on Ctrl-C, which makes the result an error.
using System;
using RalphOS.Kernel.Tasks;
using RalphOS.Kernel.Time;
using RalphOS.Net.Http;
using RalphOS.Net.Iface;
using RalphOS.Net.Sockets;
using RalphOS.Net.Tcp;
using RalphOS.Net.Wire;

namespace RalphOS.Kernel.Network;

internal static class HttpFetcher
{
    public const int MaxRedirects = 5;
    private const ulong ConnectTimeoutMs = 10_000;
    private const ulong IdleTimeoutMs = 15_000;
    private const ulong TotalTimeoutMs = 60_000;
    private const int ReceiveChunk = 1460;
    private const int WouldBlock = -1;

    public static HttpFetchResult Get(string urlText)
    {
        var result = new HttpFetchResult();
        if (!HttpUrl.TryParse(urlText, out HttpUrl url, out string error))
            return Fail(result, error);
        for (;;)
        {
            result.FinalUrl = url.ToString();
            HttpResponseParser response = Exchange(url, out error);
            if (response == null)
                return Fail(result, error);
            string location = response.Field("location");
            if (!IsRedirect(response.StatusCode) || location == null)
            {
                result.Status = response.StatusCode;
                result.Body = response.Body.ToLatin1();
                return result;
            }
            if (result.Redirects == MaxRedirects)
                return Fail(result, string.Concat("too many redirects (more than ", MaxRedirects.ToString(), ")"));
            result.Redirects++;
            if (!url.TryResolve(location, out url, out error))
                return Fail(result, string.Concat("redirect to ", location, ": ", error));
        }
    }

    private static bool IsRedirect(int status) =>
        status == 301 || status == 302 || status == 303 || status == 307 || status == 308;

    private static HttpFetchResult Fail(HttpFetchResult result, string error)
    {
        result.Status = 0;
        result.Body = "";
        result.Error = error;
        return result;
    }

    // One request and its response on a connection of its own; null with an error when no
    // complete response arrived.
    private static HttpResponseParser Exchange(HttpUrl url, out string error)
    {
        NetStack stack = NetworkService.Stack;
        if (stack == null)
        {
            error = "no network";
            return null;
        }
        if (!HostResolver.TryResolve(url.Host, out Ipv4Address address, out error))
            return null;
        int connection = stack.TcpOpen();
        if (connection < 0)
        {
            error = "no free TCP socket";
            return null;
        }
        HttpResponseParser response = null;
        // The request is queued while the handshake runs (TCP sends it once connected), so
        // there is no separate wait for the connection: a refusal shows up as a receive error.
        byte[] request = HttpRequest.ToBytes(HttpRequest.BuildGet(url));
        if (stack.TcpConnect(connection, address, url.Port) < 0)
            error = "cannot connect (no address yet?)";
        else if (NetworkService.Sockets.SendAll(stack, connection, request, ConnectTimeoutMs, BreakPolicy.Stop) < request.Length)
            error = Scheduler.Current.BreakRequested ? "interrupted" : ConnectionError(stack.TcpReceive(connection, request));
        else
            response = ReadResponse(stack, connection, out error);
        stack.TcpClose(connection);
        return response;
    }

    // The message for a failed receive (a SocketResult: refused, reset, timed out, closed).
    private static string ConnectionError(int result) => (SocketResult)result switch
    {
        SocketResult.Refused => "connection refused",
        SocketResult.Reset => "connection reset",
        SocketResult.TimedOut => "connection timed out",
        _ => "connection lost",
    };

    private static HttpResponseParser ReadResponse(NetStack stack, int connection, out string error)
    {
        var response = new HttpResponseParser();
        byte[] buffer = new byte[ReceiveChunk];
        ulong deadline = Clock.Milliseconds + TotalTimeoutMs;
        error = null;
        while (response.State == HttpParseState.NeedMore)
        {
            int count = stack.TcpReceive(connection, buffer);
            if (count > 0)
            {
                response.Feed(new ReadOnlySpan<byte>(buffer, 0, count));
                continue;
            }
            if (count == 0)
            {
                response.EndOfStream(); // completes a body that runs until close, else fails
                break;
            }
            if (count != WouldBlock)
            {
                error = ConnectionError(count);
                return null;
            }
            ulong now = Clock.Milliseconds;
            if (Scheduler.Current.BreakRequested)
            {
                error = "interrupted";
                return null;
            }
            if (now >= deadline)
            {
                error = TimeoutMessage(stack, connection);
                return null;
            }
            ulong wait = Math.Min(IdleTimeoutMs, deadline - now);
            if (!NetworkService.Sockets.WaitForTcp(stack, connection, SocketEvents.Readable | SocketEvents.Closed, wait)
                && !Scheduler.Current.BreakRequested)
            {
                error = TimeoutMessage(stack, connection);
                return null;
            }
        }
        if (response.State == HttpParseState.Failed)
        {
            error = response.Error;
            return null;
        }
        return response;
    }

    private static string TimeoutMessage(NetStack stack, int connection) =>
        stack.TcpStateOf(connection) == TcpState.SynSent ? "connection timed out" : "timed out waiting for the response";
}
