// System.StringComparer: the string comparers LINQ, Dictionary, HashSet and the sorts take
// (IComparer<string> and IEqualityComparer<string> in one): Ordinal, OrdinalIgnoreCase,
// and the culture names, which with the invariant culture only (as our host tests run .NET,
// InvariantGlobalization) compare as the ordinal ones do. Ordering and equality are
// string.Compare/string.Equals with the matching StringComparison; the ignore-case hash
// hashes the upper-cased string, so strings equal ignoring case hash alike.
using System.Collections.Generic;

namespace System;

public abstract class StringComparer : IComparer<string>, IEqualityComparer<string>
{
    public static StringComparer Ordinal { get; } = new OrdinalStringComparer(false);

    public static StringComparer OrdinalIgnoreCase { get; } = new OrdinalStringComparer(true);

    public static StringComparer InvariantCulture => Ordinal;

    public static StringComparer InvariantCultureIgnoreCase => OrdinalIgnoreCase;

    public static StringComparer CurrentCulture => Ordinal;

    public static StringComparer CurrentCultureIgnoreCase => OrdinalIgnoreCase;

    public abstract int Compare(string x, string y);

    public abstract bool Equals(string x, string y);

    public abstract int GetHashCode(string obj);

    private sealed class OrdinalStringComparer : StringComparer
    {
        private readonly StringComparison _comparison;

        public OrdinalStringComparer(bool ignoreCase)
        {
            _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        }

        public override int Compare(string x, string y) => string.Compare(x, y, _comparison);

        public override bool Equals(string x, string y) => string.Equals(x, y, _comparison);

        public override int GetHashCode(string obj)
        {
            if (obj == null)
                throw new ArgumentNullException(nameof(obj));
            return _comparison == StringComparison.OrdinalIgnoreCase ? obj.ToUpperInvariant().GetHashCode() : obj.GetHashCode();
        }
    }
}
