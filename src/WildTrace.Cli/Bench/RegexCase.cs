using System.Diagnostics;
using System.Text.RegularExpressions;

namespace WildTrace.Cli.Bench;

/// <summary>
/// Baseline: one <see cref="Regex"/> alternation of every escaped term, Compiled | IgnoreCase. It is thousands of
/// times slower than the others, so only the first <paramref name="sampleSize"/> listings are timed and the figure
/// is extrapolated (and labelled so).
/// </summary>
internal sealed class RegexCase(int sampleSize) : BenchCase
{
    private IReadOnlyList<string> _listings = [];
    private Regex? _regex;

    public override string Name => "Regex alternation Compiled|IgnoreCase";

    public override int? SampleSize => sampleSize;

    public override void Prepare(BenchInput input)
    {
        _listings = input.Listings;
        string pattern = string.Join('|', input.Terms.Select(t => Regex.Escape(t.Text)));
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long started = Stopwatch.GetTimestamp();
        _regex = new Regex(pattern, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        BuildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        BuildBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
    }

    public override long Run(int count)
    {
        Regex regex = _regex ?? throw new InvalidOperationException("Prepare first.");
        long matches = 0;
        for (int i = 0; i < count; i++)
        {
            for (Match match = regex.Match(_listings[i]); match.Success; match = match.NextMatch())
            {
                matches++;
            }
        }

        return matches;
    }
}
