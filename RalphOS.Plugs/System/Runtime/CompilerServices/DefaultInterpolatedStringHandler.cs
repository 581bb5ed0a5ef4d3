// DefaultInterpolatedStringHandler: what the C# compiler builds $"..." strings with. It
// appends literal parts and formatted values into a growing character buffer.
namespace System.Runtime.CompilerServices;

[InterpolatedStringHandler]
public ref struct DefaultInterpolatedStringHandler
{
    private const int MinimumCapacity = 32;
    private const int GuessPerFormattedValue = 11;

    private char[] _buffer;
    private int _length;

    public DefaultInterpolatedStringHandler(int literalLength, int formattedCount)
    {
        int capacity = literalLength + formattedCount * GuessPerFormattedValue;
        _buffer = new char[capacity < MinimumCapacity ? MinimumCapacity : capacity];
        _length = 0;
    }

    public void AppendLiteral(string value) => AppendString(value);

    public void AppendFormatted<T>(T value) => AppendString(value?.ToString());

    public void AppendFormatted<T>(T value, string format) => AppendString(value?.ToString());

    public void AppendFormatted(string value) => AppendString(value);

    public string ToStringAndClear()
    {
        string result = new string(_buffer, 0, _length);
        _buffer = null;
        _length = 0;
        return result;
    }

    public override string ToString() => new string(_buffer, 0, _length);

    private void AppendString(string value)
    {
        if (value == null)
            return;
        if (_length + value.Length > _buffer.Length)
            Grow(_length + value.Length);
        for (int i = 0; i < value.Length; i++)
            _buffer[_length + i] = value[i];
        _length += value.Length;
    }

    private void Grow(int needed)
    {
        int capacity = _buffer.Length * 2;
        if (capacity < needed)
            capacity = needed;
        char[] bigger = new char[capacity];
        Array.Copy(_buffer, bigger, _length);
        _buffer = bigger;
    }
}
