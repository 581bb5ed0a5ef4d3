// HttpParseState: where HttpResponseParser stands after a Feed or EndOfStream.
namespace RalphOS.Net.Http;

public enum HttpParseState
{
    /// <summary>The response is not complete yet: feed more bytes.</summary>
    NeedMore,
    /// <summary>Status, headers and the whole body are in.</summary>
    Complete,
    /// <summary>The response broke the protocol or a limit; Error says how.</summary>
    Failed,
}
