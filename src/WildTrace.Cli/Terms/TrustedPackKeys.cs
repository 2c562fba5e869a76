using System.Reflection;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>
/// The public keys the CLI trusts for term packs: those shipped in data/packs/keys/ (embedded at build time), plus any
/// given with <c>--trust-key FILE</c>. Several keys may be trusted at once; that is how keys rotate.
/// </summary>
internal static class TrustedPackKeys
{
    private const string ResourcePrefix = "WildTrace.Cli.TrustedKeys.";

    private static readonly Lazy<TermPackTrust> s_shipped = new(() => TermPackTrust.FromPem(ShippedPem()));

    public static TermPackTrust Shipped => s_shipped.Value;

    /// <summary>The shipped keys plus the given PEM files; false with one-line reasons when a file is unusable.</summary>
    public static bool TryCreate(IReadOnlyList<string> extraKeyFiles, out TermPackTrust trust, out List<string> errors)
    {
        trust = Shipped;
        errors = [];
        foreach (string path in extraKeyFiles)
        {
            try
            {
                trust = trust.Union(TermPackTrust.FromPem([File.ReadAllText(path)]));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                errors.Add($"cannot use --trust-key '{path}': {e.Message}");
            }
        }

        return errors.Count == 0;
    }

    private static IEnumerable<string> ShippedPem()
    {
        Assembly assembly = typeof(TrustedPackKeys).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!; // The name came from the manifest itself.
            using StreamReader reader = new(stream);
            yield return reader.ReadToEnd();
        }
    }
}
