using System.Reflection;

namespace WildTrace.Detection.Terms;

/// <summary>
/// The coalition's signed term pack and the public keys that verify it, embedded in this assembly at build time
/// (data/packs/), so that an embedding platform, the <c>wildtrace</c> CLI and the hub all work offline with zero
/// configuration. The pack is verified against the shipped keys on first use, like any other pack.
/// </summary>
/// <remarks>Thread-safe; the pack is read and verified once per process.</remarks>
public static class BundledTermPack
{
    private const string PackResource = "WildTrace.Detection.TermPack.wildtrace-terms.pack";
    private const string KeyResourcePrefix = "WildTrace.Detection.TermPack.Keys.";

    private static readonly Lazy<TermPackTrust> s_keys = new(() => TermPackTrust.FromPem(ShippedPem()));
    private static readonly Lazy<(TermPack? Pack, string Error)> s_pack = new(Load);

    /// <summary>The public keys shipped in data/packs/keys/; several at once while keys rotate.</summary>
    public static TermPackTrust ShippedKeys => s_keys.Value;

    /// <summary>
    /// Gets the bundled pack. Returns false, with a one-line reason in <paramref name="error"/>, when this build has no
    /// pack or the pack does not verify against <see cref="ShippedKeys"/>.
    /// </summary>
    public static bool TryGet(out TermPack? pack, out string error)
    {
        (pack, error) = s_pack.Value;
        return pack is not null;
    }

    /// <summary>The pack file's bytes exactly as shipped (the hub serves them while its terms equal the pack); null when absent.</summary>
    internal static byte[]? ReadBytes()
    {
        using Stream? stream = typeof(BundledTermPack).Assembly.GetManifestResourceStream(PackResource);
        if (stream is null)
        {
            return null;
        }

        using MemoryStream copy = new();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static (TermPack?, string) Load()
    {
        using Stream? stream = typeof(BundledTermPack).Assembly.GetManifestResourceStream(PackResource);
        if (stream is null)
        {
            return (null, "this build has no bundled term pack (data/packs/wildtrace-terms.pack)");
        }

        try
        {
            return (TermPackReader.Read(stream, ShippedKeys), "");
        }
        catch (TermPackException e)
        {
            return (null, "the bundled term pack was refused: " + e.Message);
        }
    }

    private static IEnumerable<string> ShippedPem()
    {
        Assembly assembly = typeof(BundledTermPack).Assembly;
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(KeyResourcePrefix, StringComparison.Ordinal)))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!; // The name came from the manifest itself.
            using StreamReader reader = new(stream);
            yield return reader.ReadToEnd();
        }
    }
}
