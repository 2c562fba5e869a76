using System.Globalization;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using WildTrace.Detection.Scoring;

namespace WildTrace.Cli.Evaluation;

/// <summary>
/// Trains the risk model with ML.NET: logistic regression (SDCA, log loss, L2) on the train split, then Platt
/// calibration on the dev split, and exports the weights as the compact JSON that Detection evaluates by hand.
/// </summary>
internal static class ModelTrainer
{
    public const int FeatureCount = 18;

    public static TrainedModel Train(IReadOnlyList<(float[] Features, bool Label)> train, IReadOnlyList<(float[] Features, bool Label)> dev, int seed)
    {
        MLContext ml = new(seed);
        IDataView trainData = ml.Data.LoadFromEnumerable(train.Select(r => new Row { Features = r.Features, Label = r.Label }));
        IDataView devData = ml.Data.LoadFromEnumerable(dev.Select(r => new Row { Features = r.Features, Label = r.Label }));

        // Non-calibrated SDCA with log loss is plain logistic regression; calibrating on dev rather than train keeps
        // the probabilities honest on data the weights never saw.
        var trainer = ml.BinaryClassification.Trainers.SdcaNonCalibrated(
            new SdcaNonCalibratedBinaryTrainer.Options { LossFunction = new LogLoss(), L2Regularization = 0.001f, MaximumNumberOfIterations = 200, NumberOfThreads = 1 });
        var linear = trainer.Fit(trainData);
        IDataView scoredDev = linear.Transform(devData);
        var calibrator = ml.BinaryClassification.Calibrators.Platt().Fit(scoredDev);
        PlattCalibrator platt = ((IPredictionTransformer<PlattCalibrator>)calibrator).Model; // ML.NET exposes it only through the interface
        double[] weights = [.. linear.Model.Weights.Select(w => (double)w)];
        IDataView calibrated = calibrator.Transform(scoredDev);
        float[] mlProbabilities = [.. calibrated.GetColumn<float>("Probability")];
        CalibratedBinaryClassificationMetrics metrics = ml.BinaryClassification.Evaluate(calibrated);
        return new TrainedModel(weights, linear.Model.Bias, platt.Slope, platt.Offset, mlProbabilities, metrics.AreaUnderRocCurve, metrics.LogLoss);
    }

    public static string ToJson(TrainedModel model, int trainCount, int devCount)
    {
        using MemoryStream stream = new();
        using (Utf8JsonWriter json = new(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("features");
            foreach (string name in RiskFeatures.Names)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteStartArray("weights");
            foreach (double weight in model.Weights)
            {
                json.WriteNumberValue(Math.Round(weight, 6));
            }

            json.WriteEndArray();
            json.WriteNumber("bias", Math.Round(model.Bias, 6));
            json.WriteStartObject("platt");
            json.WriteNumber("slope", Math.Round(model.Slope, 6));
            json.WriteNumber("offset", Math.Round(model.Offset, 6));
            json.WriteEndObject();
            json.WriteStartObject("metadata");
            json.WriteString("trainer", "ML.NET 5.0.1 SdcaNonCalibrated (log loss, L2 0.001) + Platt on dev; wildtrace train");
            json.WriteNumber("train", trainCount);
            json.WriteNumber("dev", devCount);
            json.WriteString("devAuc", model.DevAuc.ToString("0.0000", CultureInfo.InvariantCulture));
            json.WriteString("devLogLoss", model.DevLogLoss.ToString("0.0000", CultureInfo.InvariantCulture));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private sealed class Row
    {
        [VectorType(FeatureCount)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }
}
