// PingStatus: the state of one echo request recorded in PingTable.
namespace RalphOS.Net.Icmp;

public enum PingStatus
{
    Unknown,
    Waiting,
    Replied,
}
