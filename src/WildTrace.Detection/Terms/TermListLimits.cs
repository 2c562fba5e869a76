namespace WildTrace.Detection.Terms;

/// <summary>Bounds on a term list read by <see cref="TermListReader"/>, because term lists can come from users.</summary>
/// <remarks>Immutable. The defaults fit the shared coalition database (over 4,000 terms in 2024) many times over.</remarks>
public sealed record TermListLimits
{
    /// <summary>The limits used when none are given.</summary>
    public static TermListLimits Default { get; } = new();

    /// <summary>The largest file accepted, in bytes. Default 64 MiB.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The longest term text accepted, in UTF-16 units. Default 256: real terms are a few words.</summary>
    public int MaxTermLength { get; init; } = 256;

    /// <summary>The most terms accepted. Default 1,000,000.</summary>
    public int MaxTermCount { get; init; } = 1_000_000;

    /// <summary>How many errors are reported before reading stops. Default 100.</summary>
    public int MaxErrors { get; init; } = 100;
}
