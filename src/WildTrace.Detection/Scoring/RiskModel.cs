using System.Text.Json;

namespace WildTrace.Detection.Scoring;

/// <summary>
/// A calibrated logistic model over <see cref="RiskFeatures.Names"/>: <c>z = bias + Σ wᵢxᵢ</c>, then Platt scaling
/// <c>p = 1 / (1 + exp(slope·z + offset))</c> (ML.NET's convention, so the trained calibrator is copied as is).
/// Trained by <c>wildtrace train</c> with ML.NET and evaluated here with plain arithmetic, so the engine stays
/// dependency-free; see docs/design/scoring.md.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class RiskModel
{
    private static readonly Lazy<RiskModel> s_embedded = new(() =>
    {
        using Stream stream = ScoringData.Open("model.json");
        return TryLoad(stream, out RiskModel? model, out string? error)
            ? model!
            : throw new InvalidOperationException($"The embedded risk model is invalid: {error}");
    });

    public RiskModel(double[] weights, double bias, double slope, double offset)
    {
        if (weights.Length != RiskFeatures.Names.Length)
        {
            throw new ArgumentException($"Expected {RiskFeatures.Names.Length} weights.", nameof(weights));
        }

        Weights = weights;
        Bias = bias;
        Slope = slope;
        Offset = offset;
    }

    public static RiskModel Embedded => s_embedded.Value;

    /// <summary>One weight per <see cref="RiskFeatures.Names"/> entry, in that order.</summary>
    public IReadOnlyList<double> Weights { get; }

    public double Bias { get; }

    public double Slope { get; }

    public double Offset { get; }

    public double Predict(ReadOnlySpan<double> features)
    {
        double z = Bias;
        for (int i = 0; i < features.Length; i++)
        {
            z += Weights[i] * features[i];
        }

        return 1 / (1 + Math.Exp((Slope * z) + Offset));
    }

    /// <summary>What feature <paramref name="index"/> adds to the calibrated log-odds: positive raises the probability.</summary>
    public double Contribution(int index, double value) => -Slope * Weights[index] * value;

    public static bool TryLoad(Stream stream, out RiskModel? model, out string? error)
    {
        model = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(stream);
            JsonElement root = document.RootElement;
            JsonElement names = root.GetProperty("features");
            JsonElement weights = root.GetProperty("weights");
            double[] ordered = new double[RiskFeatures.Names.Length];
            bool[] seen = new bool[ordered.Length];
            for (int i = 0; i < names.GetArrayLength(); i++)
            {
                int index = Array.IndexOf(RiskFeatures.Names, names[i].GetString());
                if (index < 0 || seen[index])
                {
                    error = $"feature '{names[i].GetString()}' is unknown or repeated";
                    return false;
                }

                seen[index] = true;
                ordered[index] = weights[i].GetDouble();
            }

            JsonElement platt = root.GetProperty("platt");
            model = new RiskModel(ordered, root.GetProperty("bias").GetDouble(), platt.GetProperty("slope").GetDouble(), platt.GetProperty("offset").GetDouble());
            error = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            error = e.Message;
            return false;
        }
    }
}
