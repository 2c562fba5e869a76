using System.Text;
using WildTrace.Detection.Scoring;

namespace WildTrace.Detection.Tests.Scoring;

public sealed class RiskModelTests
{
    [Fact]
    public void Loads_the_embedded_model_with_every_feature()
    {
        RiskModel model = RiskModel.Embedded;

        Assert.Equal(RiskFeatures.Names.Length, model.Weights.Count);
        Assert.True(model.Slope < 0, "a Platt slope must be negative for a higher score to mean a higher probability");
    }

    [Fact]
    public void Scores_the_same_features_to_the_same_probability_every_time()
    {
        double[] features = [0.9, 0.9, 0.25, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0];

        double first = RiskModel.Embedded.Predict(features);
        double second = RiskModel.Embedded.Predict(features);

        Assert.Equal(first, second);
        Assert.InRange(first, 0.5, 1);
    }

    [Fact]
    public void Computes_the_platt_scaled_logistic_by_hand()
    {
        string json = Json(weights: "[2, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]", bias: -1, slope: -2, offset: 0.5);
        Assert.True(RiskModel.TryLoad(new MemoryStream(Encoding.UTF8.GetBytes(json)), out RiskModel? model, out string? error), error);
        double[] features = new double[RiskFeatures.Names.Length];
        features[0] = 0.5;
        features[5] = 1;

        double probability = model!.Predict(features);

        // z = -1 + 2·0.5 + 1·1 = 1; p = 1 / (1 + e^(-2·1 + 0.5))
        Assert.Equal(1 / (1 + Math.Exp(-1.5)), probability, 12);
    }

    [Fact]
    public void Rejects_a_model_with_an_unknown_feature()
    {
        string json = Json(weights: "[1]", bias: 0, slope: -1, offset: 0).Replace("\"term_max\"", "\"moon_phase\"", StringComparison.Ordinal);

        bool ok = RiskModel.TryLoad(new MemoryStream(Encoding.UTF8.GetBytes(json)), out _, out string? error);

        Assert.False(ok);
        Assert.Contains("moon_phase", error, StringComparison.Ordinal);
    }

    private static string Json(string weights, double bias, double slope, double offset)
    {
        string names = string.Join(", ", RiskFeatures.Names.Select(n => $"\"{n}\""));
        string ws = weights == "[1]" ? "[" + string.Join(", ", RiskFeatures.Names.Select(_ => "1")) + "]" : weights;
        return FormattableString.Invariant($$"""{ "features": [{{names}}], "weights": {{ws}}, "bias": {{bias}}, "platt": { "slope": {{slope}}, "offset": {{offset}} } }""");
    }
}
