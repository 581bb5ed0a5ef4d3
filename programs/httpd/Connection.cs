// Connection: one client of httpd, a small state machine the server's loop steps when its
// socket is ready, so no client waits for another: OnReadable takes what has arrived and
// answers every complete request in it (pipelining included), OnWritable sends what the
// kernel could not take yet (it reports partial writes). After a response it keeps the
// connection for the next request (keep-alive) or closes it; an idle one is closed.
using System;
using System.Net.Sockets;

namespace Httpd;

internal sealed class Connection
{
    private const int BufferSize = 4096;

    private readonly byte[] _received = new byte[BufferSize];
    private int _receivedCount;
    private byte[] _output;
    private int _outputSent;
    private bool _closeAfterOutput;

    public Connection(Socket socket, long now)
    {
        Socket = socket;
        Socket.Blocking = false;
        LastActivity = now;
    }

    public Socket Socket { get; }

    public bool IsClosed { get; private set; }

    public bool HasOutput => _output != null;

    public long LastActivity { get; private set; }

    public void OnReadable(Site site, long now)
    {
        LastActivity = now;
        int count;
        try
        {
            count = Socket.Receive(_received, _receivedCount, BufferSize - _receivedCount);
        }
        catch (SocketException error)
        {
            if (error.SocketErrorCode != SocketError.WouldBlock)
                Close();
            return;
        }
        if (count == 0)
        {
            Close();
            return;
        }
        _receivedCount += count;
        AnswerRequests(site);
    }

    public void OnWritable(Site site, long now)
    {
        LastActivity = now;
        SendOutput();
        if (!HasOutput && !IsClosed)
            AnswerRequests(site);
    }

    public void Close()
    {
        if (IsClosed)
            return;
        IsClosed = true;
        Socket.Dispose();
    }

    // Answers the complete requests received while nothing is waiting to be sent.
    private void AnswerRequests(Site site)
    {
        while (!HasOutput && !IsClosed && _receivedCount > 0)
        {
            HttpParseStatus status = HttpRequestParser.TryParse(_received, _receivedCount, BufferSize, out HttpRequest request, out int consumed);
            if (status == HttpParseStatus.NeedMore)
                return;
            if (status != HttpParseStatus.Complete)
            {
                Queue(status == HttpParseStatus.Malformed ? site.Refuse(400, "Bad Request")
                    : status == HttpParseStatus.HeadTooLarge ? site.Refuse(431, "Request Header Fields Too Large")
                    : site.Refuse(413, "Content Too Large"), true);
                _receivedCount = 0;
            }
            else
            {
                Array.Copy(_received, consumed, _received, 0, _receivedCount - consumed);
                _receivedCount -= consumed;
                Queue(site.Answer(request, request.KeepAlive), !request.KeepAlive);
            }
            SendOutput();
        }
    }

    private void Queue(byte[] response, bool closeAfter)
    {
        _output = response;
        _outputSent = 0;
        _closeAfterOutput = closeAfter;
    }

    private void SendOutput()
    {
        try
        {
            while (_output != null && _outputSent < _output.Length)
                _outputSent += Socket.Send(_output, _outputSent, _output.Length - _outputSent);
        }
        catch (SocketException error)
        {
            if (error.SocketErrorCode != SocketError.WouldBlock)
                Close();
            return;
        }
        _output = null;
        if (_closeAfterOutput)
            Close();
    }
}
