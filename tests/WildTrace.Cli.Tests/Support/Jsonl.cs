using System.Text.Json;

namespace WildTrace.Cli.Tests.Support;

/// <summary>Splits JSON Lines output into parsed lines.</summary>
internal static class Jsonl
{
    public static JsonElement[] Parse(string output)
    {
        Assert.EndsWith("\n", output, StringComparison.Ordinal);
        return [.. output.TrimEnd('\n').Split('\n').Select(line => JsonDocument.Parse(line).RootElement.Clone())];
    }

    public static string Line(object listing) => JsonSerializer.Serialize(listing) + "\n";
}
