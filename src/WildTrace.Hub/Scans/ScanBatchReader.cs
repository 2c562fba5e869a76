using System.Text.Json;
using System.Text.Unicode;
using WildTrace.Hub.Hosting;

namespace WildTrace.Hub.Scans;

/// <summary>
/// Splits a batch body (a JSON array) into its items' bytes without parsing them, so that each item is then read by the
/// CLI's listing parser on its own and a bad item fails alone. Only a body that is not a well-formed array fails whole.
/// </summary>
internal static class ScanBatchReader
{
    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 17 }; // the listing parser's 16, plus the array

    public static bool TryRead(byte[] body, int maxItems, out List<ReadOnlyMemory<byte>> items, out string? error)
    {
        items = [];
        if (!Utf8.IsValid(body))
        {
            error = "The body is not valid UTF-8.";
            return false;
        }

        Utf8JsonReader reader = new(body, s_options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                error = "A batch is a JSON array of listing objects.";
                return false;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (items.Count == maxItems)
                {
                    error = $"A batch holds at most {maxItems} listings.";
                    return false;
                }

                int start = (int)reader.TokenStartIndex;
                reader.Skip(); // to the item's last token, checking that it is well-formed on the way
                items.Add(body.AsMemory(start, (int)reader.BytesConsumed - start));
            }

            reader.Read(); // past the array: anything but the end of input throws
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            // Utf8JsonReader reports malformed JSON only by throwing; this is the boundary with untrusted input.
            error = HubExceptionHandler.Describe(e);
            return false;
        }
    }
}
