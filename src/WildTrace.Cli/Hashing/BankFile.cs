using System.Diagnostics.CodeAnalysis;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Hashing;

/// <summary>Loads and saves a <see cref="HashBank"/> file, with file-system failures as one-line errors.</summary>
internal static class BankFile
{
    private const string BundledResource = "WildTrace.Cli.default.wthb";

    public static bool TryLoad(string path, [NotNullWhen(true)] out HashBank? bank, [NotNullWhen(false)] out string? error)
    {
        bank = null;
        try
        {
            using FileStream stream = File.OpenRead(path);
            if (HashBank.TryReadFrom(stream, out bank, out error))
            {
                return true;
            }

            error = $"{path}: {error}";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message)}";
            return false;
        }
    }

    /// <summary>The bank shipped inside <c>wildtrace</c> (data/banks/default.wthb); see data/banks/README.md.</summary>
    public static HashBank LoadBundled()
    {
        using Stream stream = typeof(BankFile).Assembly.GetManifestResourceStream(BundledResource)
            ?? throw new InvalidOperationException($"resource {BundledResource} is missing from the build");
        return HashBank.TryReadFrom(stream, out HashBank? bank, out string? error)
            ? bank
            : throw new InvalidOperationException($"the bundled hash bank is invalid: {error}"); // a broken build, not bad input
    }

    /// <summary>Writes to a temporary file beside the target and renames it, so a crash never leaves half a bank.</summary>
    public static bool TrySave(HashBank bank, string path, [NotNullWhen(false)] out string? error)
    {
        string temporary = path + ".tmp";
        try
        {
            using (FileStream stream = File.Create(temporary))
            {
                bank.WriteTo(stream);
            }

            File.Move(temporary, path, overwrite: true);
            error = null;
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"{path}: {e.Message}";
            return false;
        }
    }
}
