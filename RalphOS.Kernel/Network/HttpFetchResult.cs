// HttpFetchResult: what HttpFetcher.Get returns: the final status code and body, or no
// status (0) and an error message when no complete response arrived.
namespace RalphOS.Kernel.Network;

internal sealed class HttpFetchResult
{
    public int Status;
    public string Body = "";
    public string Error;
    public string FinalUrl;
    public int Redirects;
}
