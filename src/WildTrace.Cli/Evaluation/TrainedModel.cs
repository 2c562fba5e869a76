namespace WildTrace.Cli.Evaluation;

/// <summary>What <see cref="ModelTrainer"/> learnt, plus ML.NET's own dev probabilities to check the export against.</summary>
internal sealed record TrainedModel(
    IReadOnlyList<double> Weights, double Bias, double Slope, double Offset, IReadOnlyList<float> DevProbabilities, double DevAuc, double DevLogLoss);
