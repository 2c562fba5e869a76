namespace WildTrace.Cli.Evaluation;

/// <summary>A confusion matrix for "flagged" (review or block) against "prohibited", and the measures drawn from it.</summary>
internal sealed class EvalCounts
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int TrueNegatives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    public int Positives => TruePositives + FalseNegatives;

    public int Negatives => TrueNegatives + FalsePositives;

    /// <summary>NaN when nothing was flagged: precision is undefined, not zero.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, Positives);

    public double F1 => Precision + Recall is var sum && sum > 0 ? 2 * Precision * Recall / sum : double.NaN;

    public double FalsePositiveRate => Ratio(FalsePositives, Negatives);

    public void Add(bool isProhibited, bool isFlagged)
    {
        if (isProhibited && isFlagged)
        {
            TruePositives++;
        }
        else if (isProhibited)
        {
            FalseNegatives++;
        }
        else if (isFlagged)
        {
            FalsePositives++;
        }
        else
        {
            TrueNegatives++;
        }
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : numerator / (double)denominator;
}
