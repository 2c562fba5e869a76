using System.Reflection;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>
/// The signed term pack embedded in the CLI (data/packs/wildtrace-terms.pack), so that <c>wildtrace scan</c> works
/// offline with zero configuration. It is verified against the shipped keys on first use, like any other pack.
/// </summary>
internal static class BundledTermPack
{
    public const string ResourceName = "WildTrace.Cli.wildtrace-terms.pack";

    private static readonly Lazy<(TermPack? Pack, string Error)> s_pack = new(Load);

    public static bool TryGet(out TermPack? pack, out string error)
    {
        (pack, error) = s_pack.Value;
        return pack is not null;
    }

    private static (TermPack?, string) Load()
    {
        using Stream? stream = typeof(BundledTermPack).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return (null, "this build has no bundled term pack (data/packs/wildtrace-terms.pack); use --terms FILE");
        }

        try
        {
            return (TermPackReader.Read(stream, TrustedPackKeys.Shipped), "");
        }
        catch (TermPackException e)
        {
            return (null, "the bundled term pack was refused: " + e.Message);
        }
    }
}
