using System.Text;
using System.Text.Unicode;

namespace WildTrace.Detection.Terms;

/// <summary>
/// Reads term lists in the formats of <see cref="TermListFormat"/>, validating every row and reporting each problem
/// with its line number. The formats are defined in data/terms/README.md.
/// </summary>
/// <remarks>Stateless and safe to call from any thread.</remarks>
public static class TermListReader
{
    /// <summary>Reads a term list from <paramref name="stream"/>, which must hold UTF-8 text (a byte-order mark is allowed).</summary>
    /// <param name="stream">The list; read to its end, not closed.</param>
    /// <param name="format">The format of the list.</param>
    /// <param name="limits">Bounds on size, term length and count; <see cref="TermListLimits.Default"/> when null.</param>
    /// <returns>The terms, or the errors (line number and reason) that made the list unusable.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static TermListReadResult Read(Stream stream, TermListFormat format, TermListLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown term list format.");
        }

        limits ??= TermListLimits.Default;
        TermListBuilder builder = new(limits);
        byte[]? bytes = ReadBounded(stream, limits.MaxBytes);
        if (bytes is null)
        {
            builder.AddError(0, $"the file is larger than {limits.MaxBytes} bytes");
            return builder.Build();
        }

        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith(Encoding.UTF8.Preamble))
        {
            content = content[Encoding.UTF8.Preamble.Length..];
        }

        if (!Utf8.IsValid(content))
        {
            builder.AddError(0, "the file is not valid UTF-8");
            return builder.Build();
        }

        if (format == TermListFormat.Json)
        {
            JsonTermListParser.Parse(content, builder);
        }
        else
        {
            DelimitedTermListParser.Parse(Encoding.UTF8.GetString(content), format, builder);
        }

        return builder.Build();
    }

    // Returns null when the stream holds more than maxBytes, without reading much past the limit.
    private static byte[]? ReadBounded(Stream stream, long maxBytes)
    {
        using MemoryStream buffer = new();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
