using WildTrace.Cli.Scanning;
using WildTrace.Detection.Terms;

namespace WildTrace.Cli.Terms;

/// <summary>The terms <c>wildtrace scan</c> uses: the bundled pack by default, or <c>--terms FILE</c> (a term list or a .pack).</summary>
internal static class ScanTermSource
{
    public static bool TryLoad(string? termsPath, IReadOnlyList<string> trustKeyFiles, out IReadOnlyList<Term> terms, out IReadOnlyList<string> errors)
    {
        terms = [];
        if (termsPath is not null && !string.Equals(Path.GetExtension(termsPath), ".pack", StringComparison.OrdinalIgnoreCase))
        {
            return TermListFile.TryLoad(termsPath, out terms, out errors);
        }

        if (termsPath is null)
        {
            bool found = BundledTermPack.TryGet(out TermPack? bundled, out string error);
            terms = bundled?.Terms ?? [];
            errors = found ? [] : [error];
            return found;
        }

        if (!TrustedPackKeys.TryCreate(trustKeyFiles, out TermPackTrust trust, out List<string> keyErrors))
        {
            errors = keyErrors;
            return false;
        }

        try
        {
            using FileStream stream = File.OpenRead(termsPath);
            terms = TermPackReader.Read(stream, trust).Terms;
            errors = [];
            return true;
        }
        catch (TermPackException e)
        {
            errors = [$"term pack '{termsPath}': {e.Message}"];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors = [$"cannot read terms file '{termsPath}': {e.Message}"];
        }

        return false;
    }
}
