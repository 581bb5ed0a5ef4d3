// StringBuilder.AppendFormat: composite formatting appended in place, as .NET's
// (String.Format.cs does the work).
namespace System.Text;

public sealed partial class StringBuilder
{
    public StringBuilder AppendFormat(string format, object arg0) => AppendFormat(null, format, new[] { arg0 });
    public StringBuilder AppendFormat(string format, object arg0, object arg1) => AppendFormat(null, format, new[] { arg0, arg1 });
    public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) => AppendFormat(null, format, new[] { arg0, arg1, arg2 });
    public StringBuilder AppendFormat(string format, params object[] args) => AppendFormat(null, format, args);

    public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)
    {
        string.AppendFormatted(this, provider, format, args);
        return this;
    }
}
