// System.Globalization.CultureInfo: only the invariant culture exists in Ralph OS, so
// InvariantCulture, CurrentCulture and InvariantCulture's relatives are one object; passing
// it to ToString/Parse compiles and formats exactly as .NET's invariant culture does.
namespace System.Globalization;

public sealed class CultureInfo : IFormatProvider
{
    private static readonly CultureInfo _invariant = new CultureInfo();

    public static CultureInfo InvariantCulture => _invariant;
    public static CultureInfo CurrentCulture => _invariant;
    public static CultureInfo CurrentUICulture => _invariant;

    public string Name => "";

    public object GetFormat(Type formatType) => null;

    public override string ToString() => "";
}
