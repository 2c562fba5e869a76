using WildTrace.Detection.Scanning;

namespace WildTrace.Cli.Scanning;

/// <summary>Running totals of verdicts and error lines; each worker keeps its own and the writer adds them up.</summary>
internal sealed class ScanCounts
{
    public long Lines { get; private set; }

    public long Errors { get; private set; }

    public long Blocked { get; private set; }

    public long Reviewed { get; private set; }

    public long Allowed { get; private set; }

    public void AddError() => (Lines, Errors) = (Lines + 1, Errors + 1);

    public void Add(ScanVerdict verdict)
    {
        Lines++;
        switch (verdict)
        {
            case ScanVerdict.Block: Blocked++; break;
            case ScanVerdict.Review: Reviewed++; break;
            default: Allowed++; break;
        }
    }

    public void Add(ScanCounts other)
    {
        Lines += other.Lines;
        Errors += other.Errors;
        Blocked += other.Blocked;
        Reviewed += other.Reviewed;
        Allowed += other.Allowed;
    }

    public void Clear() => (Lines, Errors, Blocked, Reviewed, Allowed) = (0, 0, 0, 0, 0);
}
