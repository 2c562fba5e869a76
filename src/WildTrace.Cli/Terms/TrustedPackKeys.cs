using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>
/// The public keys the CLI trusts for term packs: those shipped in data/packs/keys/ (embedded at build time), plus any
/// given with <c>--trust-key FILE</c>. Several keys may be trusted at once; that is how keys rotate.
/// </summary>
internal static class TrustedPackKeys
{
    /// <summary>The keys shipped with WildTrace (embedded in the engine beside the bundled pack).</summary>
    public static TermPackTrust Shipped => BundledTermPack.ShippedKeys;

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
}
