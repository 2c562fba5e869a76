namespace WildTrace.Cli.Scanning;

/// <summary>How <see cref="ScanPipeline"/> reads, parallelises and reports.</summary>
internal sealed record ScanPipelineOptions
{
    public const int DefaultMaxBatchLines = 4096;

    public static ScanPipelineOptions Default { get; } = new();

    /// <summary>Worker threads; 1 scans on the calling thread. Output order never depends on it.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Longer lines become error lines. 1 MiB: far above any real listing (the corpus averages ~0.4 KB),
    /// small enough that one line cannot exhaust memory.</summary>
    public int MaxLineBytes { get; init; } = 1024 * 1024;

    /// <summary>The most lines in one batch, the unit of parallel work. Default <see cref="DefaultMaxBatchLines"/>; image
    /// matching lowers it, because one listing's images can take tens of milliseconds to decode and a 256 KiB batch of
    /// short listings would leave every thread but one idle.</summary>
    public int MaxBatchLines { get; init; } = DefaultMaxBatchLines;

    /// <summary>Called on the calling thread after each batch of lines is written; null for none.</summary>
    public Action<ScanProgress>? Progress { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
