using System.Diagnostics;

namespace WildTrace.Cli.Bench;

/// <summary>Times each case on the same input: untimed prepare, a warm-up (so tiered JIT has produced optimised
/// code), then <c>repeat</c> timed runs of which the median is kept.</summary>
internal static class BenchRunner
{
    // Tiered compilation promotes a method only after ~30 calls and a 100 ms quiet period, then compiles it in the
    // background; warming up for a fixed time (not a fixed count) makes sure every case is timed on its final code.
    // Without it the matcher measured 5x slower than with DOTNET_TieredCompilation=0.
    private const int WarmUpListings = 2_000;
    private static readonly TimeSpan s_warmUp = TimeSpan.FromSeconds(1.5);

    public static BenchResult Run(BenchCase benchCase, BenchInput input, int repeat, Action<string> progress)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        progress($"{benchCase.Name}: preparing");
        benchCase.Prepare(input);
        int count = Math.Min(benchCase.SampleSize ?? int.MaxValue, input.Listings.Count);
        bool isSampled = count < input.Listings.Count;
        long warmUpStarted = Stopwatch.GetTimestamp();
        do
        {
            benchCase.Run(Math.Min(count, isSampled ? 1 : WarmUpListings));
        }
        while (!isSampled && Stopwatch.GetElapsedTime(warmUpStarted) < s_warmUp);

        // A sampled (slow) case is timed once: its figure is an extrapolation anyway.
        int runs = isSampled ? 1 : repeat;
        double[] seconds = new double[runs];
        double[] cpuSeconds = new double[runs];
        long matches = 0;
        using Process process = Process.GetCurrentProcess();
        for (int r = 0; r < runs; r++)
        {
            progress($"{benchCase.Name}: run {r + 1} of {runs}");
            process.Refresh();
            TimeSpan cpuStarted = process.TotalProcessorTime;
            long started = Stopwatch.GetTimestamp();
            matches = benchCase.Run(count);
            seconds[r] = Stopwatch.GetElapsedTime(started).TotalSeconds;
            process.Refresh();
            cpuSeconds[r] = (process.TotalProcessorTime - cpuStarted).TotalSeconds;
        }

        Array.Sort(seconds);
        Array.Sort(cpuSeconds);
        return new BenchResult(
            benchCase.Name, count, input.Utf8Bytes(count), seconds[runs / 2], cpuSeconds[runs / 2], matches, isSampled,
            benchCase.BuildSeconds, benchCase.BuildBytes);
    }
}
