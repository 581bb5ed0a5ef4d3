// ArpOperation: the ar$op values of RFC 826 (request and reply).
namespace RalphOS.Net.Wire;

public enum ArpOperation : ushort
{
    Request = 1,
    Reply = 2,
}
