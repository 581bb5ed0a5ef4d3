// TypeLoaderBugs: what the tests found wrong in the type loader (RalphOS.Plugs/Internal/
// Runtime/TypeLoader), as the Skip reasons of the tests that show each problem: when one
// is fixed, drop its reason here and the Skip from its tests.
namespace RalphOS.Plugs.Tests.TypeLoader;

internal static class TypeLoaderBugs
{
    public const string LookbackDistance =
        "Bug? TypeSignatures.cs:76 and CanonicalForms.cs:59 continue `data` bytes before the lookback's start; "
        + "dotnet/runtime's NativeParser.GetLookbackParser (NativeFormatReader.Metadata.cs) goes data + 2 bytes before it "
        + "(its offset after the lookback, less data, less the lookback's own length, less 2)";

    public const string CoversStopsEarly =
        "Bug: CanonicalForms.Covers returns at the first mismatch (CanonicalForms.cs:43 when `actual` is null; :54 passes "
        + "null for the arguments after a mismatch), leaving the rest of the signature unread, though its comment says it "
        + "moves the parser past the signature";
}
