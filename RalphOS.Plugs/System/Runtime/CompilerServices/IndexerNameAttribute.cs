// Names the indexer property in metadata (String uses Chars).
namespace System.Runtime.CompilerServices;

[AttributeUsage(AttributeTargets.Property)]
public sealed class IndexerNameAttribute : Attribute
{
    public IndexerNameAttribute(string indexerName) { }
}
