using System.Reflection;
using System.Text;

namespace WildTrace.Detection.Text;

/// <summary>Reads the generated text tables embedded from data/generated/text/ (see its SOURCES.md).</summary>
internal static class TextData
{
    private const string Prefix = "WildTrace.Data.";

    /// <summary>The non-empty lines of the embedded table <paramref name="fileName"/>, e.g. <c>casefold.txt</c>.</summary>
    /// <exception cref="InvalidOperationException">The table was not embedded: the build is broken.</exception>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        Assembly assembly = typeof(TextData).Assembly;

        // MSBuild spells %(RecursiveDir) with the host's separator, so accept either.
        string? resource = assembly.GetManifestResourceNames().FirstOrDefault(
            name => name.StartsWith(Prefix, StringComparison.Ordinal)
                && name.Replace('\\', '/').EndsWith("text/" + fileName, StringComparison.Ordinal));
        using Stream stream = (resource is null ? null : assembly.GetManifestResourceStream(resource))
            ?? throw new InvalidOperationException($"Embedded table 'text/{fileName}' is missing; rerun tools/text/generate.py.");
        using StreamReader reader = new(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    /// <summary>Parses a hexadecimal code point as written by the generator.</summary>
    public static int ParseCodePoint(ReadOnlySpan<char> hex) =>
        int.Parse(hex, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
}
