using System.Buffers;
using System.Diagnostics;

namespace WildTrace.Cli.Bench;

/// <summary>
/// Baseline: what a .NET developer would write first. <see cref="SearchValues{T}"/> of strings with
/// <see cref="StringComparison.OrdinalIgnoreCase"/>, and an IndexOfAny loop that finds every position where some
/// term starts. Above 80 values it uses a character-at-a-time Aho-Corasick trie (see docs/design/matcher.md).
/// </summary>
internal sealed class SearchValuesCase : BenchCase
{
    private IReadOnlyList<string> _listings = [];
    private SearchValues<string>? _values;

    public override string Name => "SearchValues<string> IgnoreCase";

    public override void Prepare(BenchInput input)
    {
        _listings = input.Listings;
        string[] patterns = [.. input.Terms.Select(t => t.Text)];
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long started = Stopwatch.GetTimestamp();
        _values = SearchValues.Create(patterns, StringComparison.OrdinalIgnoreCase);
        BuildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        BuildBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
    }

    public override long Run(int count)
    {
        SearchValues<string> values = _values ?? throw new InvalidOperationException("Prepare first.");
        long matches = 0;
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<char> rest = _listings[i];
            int at;
            while ((at = rest.IndexOfAny(values)) >= 0)
            {
                matches++;
                rest = rest[(at + 1)..];
            }
        }

        return matches;
    }
}
