namespace WildTrace.Cli.Scanning;

/// <summary>How <see cref="ScanPipeline"/> reads, parallelises and reports.</summary>
internal sealed record ScanPipelineOptions
{
    public static ScanPipelineOptions Default { get; } = new();

    /// <summary>Worker threads; 1 scans on the calling thread. Output order never depends on it.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Longer lines become error lines. 1 MiB: far above any real listing (the corpus averages ~0.4 KB),
    /// small enough that one line cannot exhaust memory.</summary>
    public int MaxLineBytes { get; init; } = 1024 * 1024;

    /// <summary>Called on the calling thread after each batch of lines is written; null for none.</summary>
    public Action<ScanProgress>? Progress { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
