// DnsReplyBuilder: writes DNS replies for the resolver tests, byte by byte from RFC 1035
// section 4.1, independently of the code under test: a header, the question copied from
// the query, and answer records (A and CNAME) whose names may use compression pointers.
using System.Collections.Generic;
using System.Text;

namespace RalphOS.Net.Tests.Dns;

internal sealed class DnsReplyBuilder
{
    private readonly List<byte> _bytes = new List<byte>();
    private readonly Dictionary<string, int> _nameOffsets = new Dictionary<string, int>();
    private int _answers;

    public DnsReplyBuilder(ushort id, string question, int rcode = 0, bool truncated = false, ushort qtype = 1)
    {
        Word(id);
        Word((ushort)(0x8180 | rcode | (truncated ? 0x0200 : 0)));   // QR, RD, RA
        Word(1);
        Word(0);
        Word(0);
        Word(0);
        Name(question);
        Word(qtype);
        Word(1);
    }

    public byte[] Bytes
    {
        get
        {
            byte[] bytes = _bytes.ToArray();
            bytes[6] = (byte)(_answers >> 8);
            bytes[7] = (byte)_answers;
            return bytes;
        }
    }

    public DnsReplyBuilder A(string owner, string address, uint ttl = 300)
    {
        Record(owner, 1, ttl);
        string[] parts = address.Split('.');
        Word(4);
        foreach (string part in parts)
            _bytes.Add(byte.Parse(part));
        return this;
    }

    public DnsReplyBuilder Cname(string owner, string target, uint ttl = 300)
    {
        Record(owner, 5, ttl);
        int lengthAt = _bytes.Count;
        Word(0);
        int start = _bytes.Count;
        Name(target);
        int length = _bytes.Count - start;
        _bytes[lengthAt] = (byte)(length >> 8);
        _bytes[lengthAt + 1] = (byte)length;
        return this;
    }

    public DnsReplyBuilder Raw(ushort type, string owner, byte[] data, uint ttl = 300)
    {
        Record(owner, type, ttl);
        Word((ushort)data.Length);
        _bytes.AddRange(data);
        return this;
    }

    private void Record(string owner, ushort type, uint ttl)
    {
        _answers++;
        Name(owner);
        Word(type);
        Word(1);
        Word((ushort)(ttl >> 16));
        Word((ushort)ttl);
    }

    // A name seen before is written as a pointer to its first occurrence (RFC 1035 4.1.4).
    private void Name(string name)
    {
        if (_nameOffsets.TryGetValue(name, out int offset))
        {
            Word((ushort)(0xC000 | offset));
            return;
        }
        _nameOffsets[name] = _bytes.Count;
        foreach (string label in name.Split('.'))
        {
            _bytes.Add((byte)label.Length);
            _bytes.AddRange(Encoding.ASCII.GetBytes(label));
        }
        _bytes.Add(0);
    }

    private void Word(ushort value)
    {
        _bytes.Add((byte)(value >> 8));
        _bytes.Add((byte)value);
    }
}
