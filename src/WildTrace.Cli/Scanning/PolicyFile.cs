using WildTrace.Detection.Scoring;

namespace WildTrace.Cli.Scanning;

/// <summary>Loads the user's <c>--policy</c> file (format: data/policy/README.md).</summary>
internal static class PolicyFile
{
    /// <summary>Reads and validates the file; on failure, <paramref name="error"/> is one line naming the file.</summary>
    public static bool TryLoad(string path, out RiskPolicy? policy, out string? error)
    {
        policy = null;
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read policy file '{path}': {e.Message}";
            return false;
        }

        if (!RiskPolicy.TryParse(json, out policy, out IReadOnlyList<string> errors))
        {
            error = $"policy file '{path}' is invalid: {string.Join("; ", errors)}";
            return false;
        }

        error = null;
        return true;
    }
}
