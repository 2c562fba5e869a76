using System.Globalization;
using System.Text.Json;

namespace WildTrace.Detection.Terms;

/// <summary>The signed description of a pack's payload (docs/design/term-packs.md, "Layout").</summary>
internal sealed record TermPackManifest
{
    public const int CurrentFormat = 1;
    public const string FullKind = "full";
    public const string DeltaKind = "delta";

    public int Format { get; init; } = CurrentFormat;

    public required string PackId { get; init; }

    public required string Kind { get; init; }

    public required int Version { get; init; }

    /// <summary>For a delta, the version it applies to; 0 for a full pack.</summary>
    public int BaseVersion { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required int TermCount { get; init; }

    public required long PayloadBytes { get; init; }

    /// <summary>Lower-case hex SHA-256 of the payload.</summary>
    public required string PayloadSha256 { get; init; }

    /// <summary>For a delta, the payload SHA-256 of the full pack it produces, so that applying it can be checked.</summary>
    public string ResultSha256 { get; init; } = "";

    public byte[] ToUtf8()
    {
        using MemoryStream buffer = new();
        using (Utf8JsonWriter json = new(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("format", Format);
            json.WriteString("packId", PackId);
            json.WriteString("kind", Kind);
            json.WriteNumber("version", Version);
            json.WriteNumber("baseVersion", BaseVersion);
            json.WriteString("createdAt", CreatedAt.ToString("O", CultureInfo.InvariantCulture));
            json.WriteNumber("termCount", TermCount);
            json.WriteNumber("payloadBytes", PayloadBytes);
            json.WriteString("payloadSha256", PayloadSha256);
            json.WriteString("resultSha256", ResultSha256);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Parses a manifest; null when it is not one of this format.</summary>
    public static TermPackManifest? TryParse(ReadOnlySpan<byte> utf8)
    {
        try
        {
            Utf8JsonReader reader = new(utf8);
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || root.GetProperty("format").GetInt32() != CurrentFormat)
            {
                return null;
            }

            string kind = root.GetProperty("kind").GetString() ?? "";
            return kind is not (FullKind or DeltaKind) ? null : new TermPackManifest
            {
                PackId = root.GetProperty("packId").GetString() ?? "",
                Kind = kind,
                Version = root.GetProperty("version").GetInt32(),
                BaseVersion = root.GetProperty("baseVersion").GetInt32(),
                CreatedAt = DateTimeOffset.Parse(root.GetProperty("createdAt").GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                TermCount = root.GetProperty("termCount").GetInt32(),
                PayloadBytes = root.GetProperty("payloadBytes").GetInt64(),
                PayloadSha256 = root.GetProperty("payloadSha256").GetString() ?? "",
                ResultSha256 = root.GetProperty("resultSha256").GetString() ?? "",
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            // Malformed input is expected here (a corrupt file); the reader turns null into TermPackFailure.Malformed.
            return null;
        }
    }
}
