using System.Diagnostics;
using WildTrace.Detection.Matching;
using WildTrace.Detection.Text;

namespace WildTrace.Cli.Bench;

/// <summary>The term matcher alone: listings are normalised before timing, then one FindAll per listing.</summary>
internal sealed class MatcherCase(string name, TermMatcherOptions options) : BenchCase
{
    private IReadOnlyList<NormalizedText> _texts = [];
    private TermMatcher? _matcher;

    public override string Name => name;

    public TermMatcher Matcher => _matcher ?? throw new InvalidOperationException("Prepare first.");

    public override void Prepare(BenchInput input)
    {
        _texts = input.NormalizedListings;
        long before = GC.GetTotalMemory(forceFullCollection: true);
        long started = Stopwatch.GetTimestamp();
        _matcher = TermMatcher.Create(input.Terms, options);
        BuildSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        BuildBytes = GC.GetTotalMemory(forceFullCollection: true) - before;
    }

    public override long Run(int count)
    {
        TermMatcher matcher = Matcher;
        long matches = 0;
        for (int i = 0; i < count; i++)
        {
            matches += matcher.FindAll(_texts[i]).Count;
        }

        return matches;
    }
}
