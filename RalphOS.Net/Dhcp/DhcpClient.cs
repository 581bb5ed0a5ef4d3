// DhcpClient: the client state machine of RFC 2131 section 4.4 reduced to what a boot needs:
// INIT -> SELECTING (DISCOVER, wait for OFFER) -> REQUESTING (REQUEST, wait for ACK) -> BOUND,
// and at T1 (half the lease) BOUND -> RENEWING -> BOUND; a lease that runs out restarts
// discovery. Each message is retried with doubling timeouts (RFC 2131 4.1); if no server
// answers the first discovery after MaxAttempts the client falls back to the static QEMU plan. It only sees DhcpRepr values:
// NetStack sends what PollTransmit returns and hands it replies addressed to port 68.
using RalphOS.Net.Iface;
using RalphOS.Net.Wire;

namespace RalphOS.Net.Dhcp;

public sealed class DhcpClient
{
    /// <summary>First retransmission timeout; RFC 2131 4.1 suggests 4 s, shortened for a quick boot.</summary>
    public const int InitialTimeoutMs = 1000;
    public const int MaxAttempts = 4;
    /// <summary>Cap on the retransmission interval while renewing (RFC 2131 4.4.5 suggests
    /// half the remaining time, down to 60 seconds).</summary>
    public const int MaxRenewIntervalMs = 60000;
    /// <summary>Lease value meaning "infinite" (RFC 2132 section 9.2).</summary>
    const uint InfiniteLease = 0xFFFFFFFFu;

    readonly MacAddress _mac;
    uint _xid;
    long _deadline;
    int _attempts;
    Ipv4Address _offeredIp;
    Ipv4Address _serverId;
    Ipv4Config _config;
    bool _configChanged;
    bool _everBound;
    long _renewAt = -1;
    long _expireAt = -1;

    public DhcpState State { get; private set; }
    public Ipv4Config Fallback = Ipv4Config.StaticDefault;
    public uint LeaseSeconds { get; private set; }

    public DhcpClient(MacAddress mac, uint transactionId)
    {
        _mac = mac;
        _xid = transactionId;
    }

    public void Start(long nowMs)
    {
        State = DhcpState.Selecting;
        _attempts = 0;
        _deadline = nowMs;
    }

    public long NextDeadline()
    {
        if (State == DhcpState.Selecting || State == DhcpState.Requesting || State == DhcpState.Renewing) return _deadline;
        return State == DhcpState.Bound ? _renewAt : -1;
    }

    /// <summary>True when message must be broadcast now (source 0.0.0.0:68 to 255.255.255.255:67).</summary>
    public bool PollTransmit(long nowMs, out DhcpRepr message)
    {
        message = default;
        if (State == DhcpState.Bound && _renewAt >= 0 && nowMs >= _renewAt)
        {
            State = DhcpState.Renewing;
            _attempts = 0;
            _deadline = nowMs;
        }
        if (State == DhcpState.Renewing) return PollRenew(nowMs, out message);
        if (State != DhcpState.Selecting && State != DhcpState.Requesting) return false;
        if (nowMs < _deadline) return false;
        if (_attempts >= MaxAttempts && _everBound) { Start(nowMs); }
        else if (_attempts >= MaxAttempts)
        {
            State = DhcpState.Fallback;
            _config = Fallback;
            _configChanged = true;
            return false;
        }
        _attempts++;
        _deadline = nowMs + ((long)InitialTimeoutMs << (_attempts - 1));
        message.Op = DhcpRepr.OpRequest;
        message.TransactionId = _xid;
        message.Flags = DhcpRepr.FlagBroadcast; // we cannot receive unicast before we have an address
        message.ClientHardware = _mac;
        if (State == DhcpState.Selecting) message.MessageType = DhcpMessageType.Discover;
        else
        {
            // RFC 2131 4.3.2: a REQUEST in SELECTING carries 'server identifier' and 'requested IP'.
            message.MessageType = DhcpMessageType.Request;
            message.RequestedIp = _offeredIp;
            message.ServerIdentifier = _serverId;
        }
        return true;
    }

    bool PollRenew(long nowMs, out DhcpRepr message)
    {
        message = default;
        if (nowMs >= _expireAt)
        {
            _xid++;            // RFC 2131 4.4.5: the lease expired; back to INIT
            Start(nowMs);
            return false;
        }
        if (nowMs < _deadline) return false;
        _attempts++;
        long interval = (long)InitialTimeoutMs << (_attempts > 6 ? 6 : _attempts - 1);
        _deadline = nowMs + (interval > MaxRenewIntervalMs ? MaxRenewIntervalMs : interval);
        // RFC 2131 4.3.2: a RENEWING request carries ciaddr, not 'requested IP' or 'server identifier'.
        message.Op = DhcpRepr.OpRequest;
        message.TransactionId = _xid;
        message.ClientHardware = _mac;
        message.ClientIp = _config.Address;
        message.MessageType = DhcpMessageType.Request;
        return true;
    }

    public void Receive(ref DhcpRepr message, long nowMs)
    {
        if (message.Op != DhcpRepr.OpReply || message.TransactionId != _xid || message.ClientHardware != _mac) return;
        if (State == DhcpState.Selecting && message.MessageType == DhcpMessageType.Offer && !message.YourIp.IsUnspecified)
        {
            _offeredIp = message.YourIp;
            _serverId = message.ServerIdentifier.IsUnspecified ? message.ServerIp : message.ServerIdentifier;
            State = DhcpState.Requesting;
            _attempts = 0;
            _deadline = nowMs;
        }
        else if ((State == DhcpState.Requesting || State == DhcpState.Renewing) && message.MessageType == DhcpMessageType.Ack)
        {
            bool changed = State == DhcpState.Requesting || _config.Address != message.YourIp;
            _config.Address = message.YourIp;
            _config.Netmask = message.SubnetMask.IsUnspecified ? new Ipv4Address(255, 255, 255, 0) : message.SubnetMask;
            _config.Gateway = message.Router;
            _config.DnsServer = message.DnsServer;
            LeaseSeconds = message.LeaseTimeSeconds;
            State = DhcpState.Bound;
            _everBound = true;
            bool finite = LeaseSeconds != 0 && LeaseSeconds != InfiniteLease;
            _renewAt = finite ? nowMs + (long)LeaseSeconds * 500 : -1;     // T1 = lease / 2
            _expireAt = finite ? nowMs + (long)LeaseSeconds * 1000 : -1;
            if (changed) _configChanged = true;
        }
        else if ((State == DhcpState.Requesting || State == DhcpState.Renewing) && message.MessageType == DhcpMessageType.Nak)
        {
            _xid++;            // RFC 2131 3.1 step 4: a NAK sends the client back to INIT
            State = DhcpState.Selecting;
            _attempts = 0;
            _deadline = nowMs;
        }
    }

    /// <summary>Returns the new configuration once after Bound or Fallback is reached.</summary>
    public bool TakeConfigChange(out Ipv4Config config)
    {
        config = _config;
        if (!_configChanged) return false;
        _configChanged = false;
        return true;
    }
}
