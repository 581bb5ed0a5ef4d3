// DefaultInterpolatedStringHandler: what the C# compiler builds $"..." strings with. It
// appends literal parts and formatted values into a growing character buffer; a hole's
// format ($"{x:F2}") goes to the value's IFormattable.ToString and its alignment ($"{x,8}")
// pads with spaces, as String.Format does.
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

    public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);

    public void AppendFormatted<T>(T value, string format) => AppendFormatted(value, 0, format);

    public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

    public void AppendFormatted<T>(T value, int alignment, string format)
    {
        string text = value is IFormattable formattable ? formattable.ToString(format, null) : value?.ToString();
        int padding = (alignment < 0 ? -alignment : alignment) - (text == null ? 0 : text.Length);
        if (alignment > 0)
            AppendSpaces(padding);
        AppendString(text);
        if (alignment < 0)
            AppendSpaces(padding);
    }

    public void AppendFormatted(string value) => AppendString(value);

    public void AppendFormatted(string value, int alignment = 0, string format = null) => AppendFormatted<string>(value, alignment, format);

    public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendFormatted<object>(value, alignment, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => AppendString(new string(value));

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

    private void AppendSpaces(int count)
    {
        if (count <= 0)
            return;
        if (_length + count > _buffer.Length)
            Grow(_length + count);
        for (int i = 0; i < count; i++)
            _buffer[_length + i] = ' ';
        _length += count;
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
