using Spectre.Console;

namespace WildTrace.Cli.Scanning;

/// <summary>A Spectre.Console progress bar with transfer rate on stderr, for scans run from a terminal.</summary>
internal static class ScanProgressBar
{
    public static ScanSummary Run(TextWriter error, long? totalBytes, Func<Action<ScanProgress>, ScanSummary> scan)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new TransferSpeedColumn(),
                new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("scanning", maxValue: Math.Max(1, totalBytes ?? 1));
                task.IsIndeterminate = totalBytes is null;
                ScanSummary summary = scan(progress => task.Value = totalBytes is null ? 0 : progress.Bytes);
                task.Value = task.MaxValue;
                return summary;
            });
    }
}
