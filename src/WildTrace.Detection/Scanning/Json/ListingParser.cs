using System.Text.Json;
using System.Text.Unicode;
using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Scanning.Json;

/// <summary>
/// Reads one JSON Lines listing with <see cref="Utf8JsonReader"/> straight from the input bytes: <c>id</c> (a string,
/// required), <c>title</c>, <c>text</c>, <c>price</c> (a number), <c>currency</c>, <c>platform</c>, <c>url</c>,
/// <c>seller</c> (strings) and <c>images</c> (an array whose items are strings, a local path or a URL, or objects
/// <c>{"pdq": "64 hex digits", "path": "…"}</c>); null means absent, and unknown fields are skipped (the CLI) or refused
/// (the hub's API, which reports typos), per <see cref="UnknownFields"/>. A malformed
/// <c>images</c> field (not an array, an item of another type, a <c>pdq</c> that is not a hash) makes the line an error.
/// </summary>
internal static class ListingParser
{
    // Real listings show a handful of images; a cap stops a crafted line from building a huge list.
    private const int MaxImages = 256;

    private const string ImagesShape = "'images' must be an array of strings (paths or URLs) or {\"pdq\", \"path\"} objects";

    private static readonly JsonReaderOptions s_options = new() { MaxDepth = 16 };

    /// <summary>Parses <paramref name="line"/>; on failure, <paramref name="id"/> still holds the id when it was read.</summary>
    public static bool TryParse(ReadOnlySpan<byte> line, out Listing? listing, out string? id, out string? error) =>
        TryParse(line, UnknownFields.Skip, out listing, out id, out error);

    /// <summary>Parses <paramref name="line"/> (one listing object), treating fields it does not know as <paramref name="unknownFields"/> says.</summary>
    public static bool TryParse(
        ReadOnlySpan<byte> line, UnknownFields unknownFields, out Listing? listing, out string? id, out string? error)
    {
        listing = null;
        id = null;
        if (!Utf8.IsValid(line))
        {
            error = "line is not valid UTF-8";
            return false;
        }

        Utf8JsonReader reader = new(line, s_options);
        ListingFields fields = new() { UnknownFields = unknownFields };
        try
        {
            error = ReadObject(ref reader, fields);
        }
        catch (JsonException e)
        {
            // Utf8JsonReader reports malformed JSON only by throwing; this is the boundary with untrusted input.
            // A JSON Lines line never spans lines, so the CLI's message stays "at byte N"; an API body may.
            error = e.LineNumber is null or 0
                ? $"invalid JSON at byte {e.BytePositionInLine}"
                : $"invalid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine}";
        }
        catch (InvalidOperationException)
        {
            error = "a string holds an unpaired surrogate escape"; // GetString() on "\ud800"
        }

        id = fields.Id;
        if (error is null && id is null)
        {
            error = "missing 'id'";
        }

        if (error is not null)
        {
            return false;
        }

        listing = fields.ToListing();
        return true;
    }

    private static string? ReadObject(ref Utf8JsonReader reader, ListingFields fields)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return "a listing must be a JSON object";
        }

        string? error = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Keep reading after a bad field: the id may come later, and an error line with an id is far more useful.
            string? fieldError = ReadProperty(ref reader, fields);
            error ??= fieldError;
        }

        // Anything after the object's end is invalid JSON, and Read() throws on it.
        return reader.Read() ? "unexpected content after the listing object" : error;
    }

    private static string? ReadProperty(ref Utf8JsonReader reader, ListingFields fields)
    {
        // ValueTextEquals compares the unescaped name, so "\u0069d" is "id" too.
        Field field =
            reader.ValueTextEquals("id"u8) ? Field.Id :
            reader.ValueTextEquals("title"u8) ? Field.Title :
            reader.ValueTextEquals("text"u8) ? Field.Text :
            reader.ValueTextEquals("price"u8) ? Field.Price :
            reader.ValueTextEquals("currency"u8) ? Field.Currency :
            reader.ValueTextEquals("platform"u8) ? Field.Platform :
            reader.ValueTextEquals("url"u8) ? Field.Url :
            reader.ValueTextEquals("seller"u8) ? Field.Seller :
            reader.ValueTextEquals("images"u8) ? Field.Images :
            Field.Unknown;
        if (field == Field.Unknown)
        {
            return ReadUnknown(ref reader, fields.UnknownFields);
        }

        reader.Read();
        string? error = null;
        string? value = null;
        switch (field)
        {
            case Field.Id when reader.TokenType != JsonTokenType.String:
                reader.Skip();
                return "'id' must be a string";
            case Field.Id:
                fields.Id = reader.GetString();
                return fields.Id!.Length == 0 ? "'id' is empty" : null; // A String token always has a value.
            case Field.Price:
                return ReadPrice(ref reader, fields);
            case Field.Images:
                return ReadImages(ref reader, fields);
            default:
                error = ReadString(ref reader, field, out value);
                break;
        }

        switch (field)
        {
            case Field.Title: fields.Title = value; break;
            case Field.Text: fields.Text = value; break;
            case Field.Currency: fields.Currency = value; break;
            case Field.Platform: fields.Platform = value; break;
            case Field.Url: fields.Url = value; break;
            default: fields.Seller = value; break;
        }

        return error;
    }

    private static string? ReadUnknown(ref Utf8JsonReader reader, UnknownFields unknownFields)
    {
        string? name = unknownFields == UnknownFields.Refuse ? reader.GetString() : null;
        reader.Read();
        reader.Skip(); // The value is skipped whatever its type, so reading goes on after it.
        return name is null ? null : $"unknown field '{name}'";
    }

    private static string? ReadString(ref Utf8JsonReader reader, Field field, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return null;
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                return $"'{field.ToString().ToLowerInvariant()}' must be a string";
        }
    }

    private static string? ReadPrice(ref Utf8JsonReader reader, ListingFields fields)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number when reader.TryGetDecimal(out decimal price):
                fields.Price = price;
                return null;
            case JsonTokenType.Null:
                return null;
            default:
                reader.Skip();
                return "'price' must be a number";
        }
    }

    private static string? ReadImages(ref Utf8JsonReader reader, ListingFields fields)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return ImagesShape;
        }

        List<ListingImage> images = [];
        string? error = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            string? imageError = null;
            ListingImage? image = reader.TokenType switch
            {
                JsonTokenType.String => new ListingImage { Location = reader.GetString() },
                JsonTokenType.StartObject => ReadImageObject(ref reader, images.Count, out imageError),
                _ => null,
            };
            if (image is null && imageError is null)
            {
                reader.Skip();
                imageError = ImagesShape;
            }

            if (images.Count == MaxImages)
            {
                imageError ??= $"more than {MaxImages} images";
            }
            else if (image is not null)
            {
                images.Add(image);
            }

            error ??= imageError;
        }

        fields.Images = images;
        return error;
    }

    /// <summary>Reads <c>{"pdq": "64 hex digits", "path": "…"}</c>; either may be absent and other fields are skipped.</summary>
    private static ListingImage? ReadImageObject(ref Utf8JsonReader reader, int index, out string? error)
    {
        error = null;
        string? path = null;
        PdqHash? pdq = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isPdq = reader.ValueTextEquals("pdq"u8);
            bool isPath = !isPdq && reader.ValueTextEquals("path"u8);
            reader.Read();
            if (!isPdq && !isPath)
            {
                reader.Skip();
            }
            else if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }
            else if (reader.TokenType != JsonTokenType.String)
            {
                reader.Skip();
                error ??= $"'images[{index}].{(isPdq ? "pdq" : "path")}' must be a string";
            }
            else if (isPath)
            {
                path = reader.GetString();
            }
            else if (PdqHash.TryParse(reader.GetString(), out PdqHash hash))
            {
                pdq = hash;
            }
            else
            {
                error ??= $"'images[{index}].pdq' is not a PDQ hash (64 hexadecimal digits)";
            }
        }

        return error is null ? new ListingImage { Location = path, Pdq = pdq } : null;
    }

    private enum Field
    {
        Unknown,
        Id,
        Title,
        Text,
        Price,
        Currency,
        Platform,
        Url,
        Seller,
        Images,
    }

    private sealed class ListingFields
    {
        public UnknownFields UnknownFields { get; init; }

        public string? Id { get; set; }

        public string? Title { get; set; }

        public string? Text { get; set; }

        public decimal? Price { get; set; }

        public string? Currency { get; set; }

        public string? Platform { get; set; }

        public string? Url { get; set; }

        public string? Seller { get; set; }

        public List<ListingImage>? Images { get; set; }

        public Listing ToListing() => new()
        {
            Id = Id!, // Checked by TryParse before it calls this.
            Title = Title ?? "",
            Text = Text ?? "",
            Price = Price,
            Currency = Currency,
            Platform = Platform,
            Url = Url,
            Seller = Seller,
            Images = Images is null ? [] : Images.AsReadOnly(),
        };
    }
}
