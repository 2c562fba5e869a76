using System.Text;
using System.Text.Json;

namespace WildTrace.Detection.Terms;

/// <summary>Reads the JSON format: an array of objects whose properties are the term columns.</summary>
internal static class JsonTermListParser
{
    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static void Parse(ReadOnlySpan<byte> json, TermListBuilder builder)
    {
        Utf8JsonReader reader = new(json, s_options);
        LineCounter lines = new();
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                builder.AddError(1, "a JSON term list must be an array of objects");
                return;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray && !builder.IsFull)
            {
                int line = lines.LineAt(json, reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    builder.AddError(line, "each element must be an object");
                    reader.Skip();
                    continue;
                }

                TermFields fields = new();
                string? problem = ReadObject(ref reader, fields);
                if (problem is null)
                {
                    builder.Add(line, fields);
                }
                else
                {
                    builder.AddError(line, problem);
                }
            }
        }
        catch (JsonException e)
        {
            // The only way Utf8JsonReader reports malformed JSON; this is the boundary with untrusted input.
            builder.AddError((int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + FirstSentence(e.Message));
        }
    }

    // Leaves the reader on the object's EndObject; returns the first problem, or null.
    private static string? ReadObject(ref Utf8JsonReader reader, TermFields fields)
    {
        string? problem = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = reader.GetString()!; // A PropertyName token always has a string value.
            reader.Read();
            if (!TermFields.IsColumn(name))
            {
                reader.Skip(); // Unknown properties are ignored so that newer lists load in older readers.
                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    fields.TrySet(name, reader.GetString());
                    break;
                case JsonTokenType.Number when name == "weight":
                    fields.TrySet(name, Encoding.UTF8.GetString(reader.ValueSpan));
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    reader.Skip();
                    problem ??= $"'{name}' must be a {(name == "weight" ? "number" : "string")}";
                    break;
            }
        }

        return problem;
    }

    private static string FirstSentence(string message)
    {
        int end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    /// <summary>Turns byte offsets into 1-based line numbers, counting newlines incrementally as offsets grow.</summary>
    private sealed class LineCounter
    {
        private long _offset;
        private int _line = 1;

        public int LineAt(ReadOnlySpan<byte> text, long offset)
        {
            if (offset < _offset)
            {
                _offset = 0;
                _line = 1;
            }

            _line += text[(int)_offset..(int)offset].Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}
