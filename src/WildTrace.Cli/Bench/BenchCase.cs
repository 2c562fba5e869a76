namespace WildTrace.Cli.Bench;

/// <summary>
/// One thing <c>wildtrace bench</c> times over the run's <see cref="BenchInput"/>. Add a measurement by subclassing
/// and listing an instance in <c>BenchCommand.Cases</c>; the runner times every case on the same listings, so ratios
/// between cases of one run are meaningful even on a noisy machine.
/// </summary>
internal abstract class BenchCase
{
    /// <summary>The row label.</summary>
    public abstract string Name { get; }

    /// <summary>Listings to time, or null for all of them. A slow case times a prefix and is reported as extrapolated.</summary>
    public virtual int? SampleSize => null;

    /// <summary>Untimed set-up: compile patterns, prepare text. May record <see cref="BuildSeconds"/> and
    /// <see cref="BuildBytes"/>.</summary>
    public abstract void Prepare(BenchInput input);

    /// <summary>The timed work over listings [0, <paramref name="count"/>); returns the number of matches found, so
    /// the work cannot be optimised away and runs can be compared.</summary>
    public abstract long Run(int count);

    /// <summary>Seconds <see cref="Prepare"/> spent compiling patterns, when it measured them.</summary>
    public double? BuildSeconds { get; protected set; }

    /// <summary>Managed bytes the compiled patterns hold (GC heap after minus before), when measured.</summary>
    public long? BuildBytes { get; protected set; }
}
