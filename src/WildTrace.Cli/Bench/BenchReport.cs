using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace WildTrace.Cli.Bench;

/// <summary>Writes a run's results as a table for people or as one JSON object for scripts.</summary>
internal static class BenchReport
{
    public const string BaselineName = "SearchValues<string> IgnoreCase";

    public static void WriteTable(TextWriter writer, BenchInput input, IReadOnlyList<BenchResult> results)
    {
        CultureInfo c = CultureInfo.InvariantCulture;
        double? baseline = results.FirstOrDefault(r => r.Name == BaselineName)?.MegabytesPerSecond;
        writer.WriteLine(string.Create(c, $"{input.Source}: {input.Listings.Count:N0} listings, {input.Utf8Bytes(input.Listings.Count) / 1e6:F1} MB; {input.Terms.Count:N0} terms"));
        writer.WriteLine(string.Create(c, $"{"case",-40} {"MB/s",9} {"MB/cpu-s",9} {"listings/s",12} {"x SearchValues",14} {"matches",10} {"build s",8} {"build MB",9}"));
        foreach (BenchResult r in results)
        {
            string ratio = baseline is double b ? (r.MegabytesPerSecond / b).ToString("F2", c) : "-";
            string name = r.IsExtrapolated ? $"{r.Name} (extrapolated from {r.Listings:N0})" : r.Name;
            writer.WriteLine(string.Create(c,
                $"{name,-40} {r.MegabytesPerSecond,9:F2} {r.MegabytesPerCpuSecond,9:F2} {r.ListingsPerSecond,12:N0} {ratio,14} {r.Matches,10:N0} " +
                $"{(r.BuildSeconds is double s ? s.ToString("F3", c) : "-"),8} {(r.BuildBytes is long m ? (m / 1048576.0).ToString("F1", c) : "-"),9}"));
        }
    }

    public static void WriteJson(Stream stream, BenchInput input, IReadOnlyList<BenchResult> results)
    {
        double? baseline = results.FirstOrDefault(r => r.Name == BaselineName)?.MegabytesPerSecond;
        // Relaxed escaping keeps "SearchValues<string>" readable; the output is never embedded in HTML.
        using Utf8JsonWriter json = new(
            stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("source", input.Source);
        json.WriteNumber("listings", input.Listings.Count);
        json.WriteNumber("utf8Bytes", input.Utf8Bytes(input.Listings.Count));
        json.WriteNumber("terms", input.Terms.Count);
        json.WriteStartArray("results");
        foreach (BenchResult r in results)
        {
            json.WriteStartObject();
            json.WriteString("name", r.Name);
            json.WriteNumber("listingsTimed", r.Listings);
            json.WriteBoolean("extrapolated", r.IsExtrapolated);
            json.WriteNumber("seconds", r.Seconds);
            json.WriteNumber("cpuSeconds", r.CpuSeconds);
            json.WriteNumber("megabytesPerSecond", Math.Round(r.MegabytesPerSecond, 3));
            json.WriteNumber("megabytesPerCpuSecond", Math.Round(r.MegabytesPerCpuSecond, 3));
            json.WriteNumber("listingsPerSecond", Math.Round(r.ListingsPerSecond, 1));
            if (baseline is double b)
            {
                json.WriteNumber("ratioToSearchValues", Math.Round(r.MegabytesPerSecond / b, 3));
            }

            json.WriteNumber("matches", r.Matches);
            if (r.BuildSeconds is double s)
            {
                json.WriteNumber("buildSeconds", Math.Round(s, 4));
            }

            if (r.BuildBytes is long bytes)
            {
                json.WriteNumber("buildManagedBytes", bytes);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
