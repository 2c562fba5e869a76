using System.Security.Cryptography;

namespace WildTrace.Cli.Terms;

/// <summary>
/// Finds the private key that signs term packs. It never lives in the repository: <c>--key FILE</c>, else the file
/// named by <c>WILDTRACE_PACK_KEY</c>, else <c>~/.config/wildtrace/pack-signing-key.pem</c> (docs/design/term-packs.md).
/// </summary>
internal static class PackSigningKey
{
    public const string EnvironmentVariable = "WILDTRACE_PACK_KEY";

    public static string DefaultPath => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config", "wildtrace", "pack-signing-key.pem");

    public static string Resolve(string? keyPath) =>
        keyPath ?? (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : DefaultPath);

    /// <summary>Loads the key; false with a one-line reason when it is missing or not an ECDSA P-256 private key.</summary>
    public static bool TryLoad(string path, out ECDsa? key, out string error)
    {
        key = null;
        error = "";
        string pem;
        try
        {
            pem = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read the pack signing key '{path}': {e.Message} (run 'wildtrace terms keygen' to make one)";
            return false;
        }

        ECDsa loaded = ECDsa.Create();
        try
        {
            loaded.ImportFromPem(pem);
            _ = loaded.ExportParameters(includePrivateParameters: true);
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            loaded.Dispose();
            error = $"'{path}' is not a PEM ECDSA private key: {e.Message}";
            return false;
        }

        if (loaded.KeySize != 256)
        {
            loaded.Dispose();
            error = $"'{path}' is not a P-256 key";
            return false;
        }

        key = loaded;
        return true;
    }
}
