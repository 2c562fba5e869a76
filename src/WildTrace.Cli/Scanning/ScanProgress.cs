namespace WildTrace.Cli.Scanning;

/// <summary>How far a scan has got: input bytes consumed and lines written.</summary>
internal readonly record struct ScanProgress(long Bytes, long Lines);
