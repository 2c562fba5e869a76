using System.Text.Json;
using WildTrace.Detection.Scanning;

namespace WildTrace.Cli.Evaluation;

/// <summary>Reads a labelled JSON Lines file (format: data/labelled/README.md).</summary>
internal static class LabelledSetReader
{
    /// <summary>Reads every line; on failure <paramref name="error"/> names the file and line.</summary>
    public static bool TryRead(string path, out List<LabelledListing> listings, out string? error)
    {
        listings = [];
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using JsonDocument document = JsonDocument.Parse(line);
                JsonElement root = document.RootElement;
                string label = root.GetProperty("label").GetString() ?? "";
                if (label is not ("prohibited" or "allowed"))
                {
                    error = $"{path}: line {number}: label must be prohibited or allowed";
                    return false;
                }

                Listing listing = new()
                {
                    Id = root.GetProperty("id").GetString() ?? "",
                    Title = Optional(root, "title"),
                    Text = Optional(root, "text"),
                    Currency = root.TryGetProperty("currency", out JsonElement c) ? c.GetString() : null,
                    Price = root.TryGetProperty("price", out JsonElement p) && p.ValueKind == JsonValueKind.Number ? p.GetDecimal() : null,
                };
                listings.Add(new LabelledListing(listing, label == "prohibited", Optional(root, "lang"), Optional(root, "obfuscation"), Optional(root, "taxon"), Optional(root, "split")));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                error = $"{path}: line {number}: {e.Message}";
                return false;
            }
        }

        error = null;
        return true;
    }

    private static string Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
