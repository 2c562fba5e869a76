using System.Text.Encodings.Web;
using System.Text.Json;
using WildTrace.Detection.Imaging;
using WildTrace.Detection.Scoring;

namespace WildTrace.Detection.Scanning.Json;

/// <summary>Writes the <c>wildtrace scan</c> output objects: one verdict, or one error, per input line.</summary>
internal static class VerdictWriter
{
    /// <summary>Non-ASCII text stays readable (象牙, not \u8C61\u7259); the output is JSON Lines, never HTML.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true, // the shapes below are fixed and covered by tests
    };

    private static readonly JsonEncodedText s_id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText s_verdict = JsonEncodedText.Encode("verdict");
    private static readonly JsonEncodedText s_score = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText s_matches = JsonEncodedText.Encode("matches");
    private static readonly JsonEncodedText s_reasons = JsonEncodedText.Encode("reasons");
    private static readonly JsonEncodedText s_error = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText s_term = JsonEncodedText.Encode("term");
    private static readonly JsonEncodedText s_termId = JsonEncodedText.Encode("termId");
    private static readonly JsonEncodedText s_lang = JsonEncodedText.Encode("lang");
    private static readonly JsonEncodedText s_category = JsonEncodedText.Encode("category");
    private static readonly JsonEncodedText s_species = JsonEncodedText.Encode("species");
    private static readonly JsonEncodedText s_field = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText s_start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText s_end = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText s_block = JsonEncodedText.Encode("block");
    private static readonly JsonEncodedText s_review = JsonEncodedText.Encode("review");
    private static readonly JsonEncodedText s_allow = JsonEncodedText.Encode("allow");
    private static readonly JsonEncodedText s_title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText s_text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText s_images = JsonEncodedText.Encode("images");
    private static readonly JsonEncodedText s_index = JsonEncodedText.Encode("index");
    private static readonly JsonEncodedText s_pdq = JsonEncodedText.Encode("pdq");
    private static readonly JsonEncodedText s_bankPdq = JsonEncodedText.Encode("bankPdq");
    private static readonly JsonEncodedText s_distance = JsonEncodedText.Encode("distance");
    private static readonly JsonEncodedText s_labels = JsonEncodedText.Encode("labels");
    private static readonly JsonEncodedText s_product = JsonEncodedText.Encode("product");
    private static readonly JsonEncodedText s_source = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText s_confidence = JsonEncodedText.Encode("confidence");

    public static void WriteResult(Utf8JsonWriter writer, ScanResult result)
    {
        writer.WriteStartObject();
        writer.WriteString(s_id, result.ListingId);
        writer.WriteString(s_verdict, result.Verdict switch
        {
            ScanVerdict.Block => s_block,
            ScanVerdict.Review => s_review,
            _ => s_allow,
        });
        writer.WriteNumber(s_score, Math.Round(result.Score, 4)); // four digits are plenty for a threshold test
        writer.WriteStartArray(s_matches);
        foreach (ScanMatch match in result.Matches)
        {
            writer.WriteStartObject();
            writer.WriteString(s_term, match.Term.Text);
            writer.WriteString(s_termId, match.Term.Id);
            writer.WriteString(s_lang, match.Term.Language);
            writer.WriteString(s_category, match.Term.Category);
            writer.WriteString(s_species, match.Term.Species);
            writer.WriteString(s_field, match.Field == ListingField.Title ? s_title : s_text);
            writer.WriteNumber(s_start, match.Span.Start);
            writer.WriteNumber(s_end, match.Span.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(s_reasons);
        foreach (string reason in result.Reasons)
        {
            writer.WriteStringValue(reason);
        }

        writer.WriteEndArray();
        WriteImages(writer, result.Findings);
        if (result.Risk is not null)
        {
            WriteExplanation(writer, result.Risk);
        }

        writer.WriteEndObject();
    }

    /// <summary><c>"images": [{"index", "pdq", "bankPdq", "distance", "labels": {"species", "product", "source",
    /// "confidence"}}]</c>, one per listing image that matched the bank; written only when there is one, so verdicts
    /// without image evidence keep their shape.</summary>
    private static void WriteImages(Utf8JsonWriter writer, IReadOnlyList<Finding> findings)
    {
        bool isOpen = false;
        foreach (Finding finding in findings)
        {
            if (finding.Image is not { } image)
            {
                continue;
            }

            if (!isOpen)
            {
                writer.WriteStartArray(s_images);
                isOpen = true;
            }

            HashLabels labels = image.Match.Labels;
            writer.WriteStartObject();
            writer.WriteNumber(s_index, image.Index);
            writer.WriteString(s_pdq, image.Hash.ToString());
            writer.WriteString(s_bankPdq, image.Match.Hash.ToString());
            writer.WriteNumber(s_distance, image.Match.Distance);
            writer.WriteStartObject(s_labels);
            writer.WriteString(s_species, labels.Species);
            writer.WriteString(s_product, labels.Product);
            writer.WriteString(s_source, labels.Source);
            writer.WriteNumber(s_confidence, labels.Confidence);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        if (isOpen)
        {
            writer.WriteEndArray();
        }
    }

    /// <summary><c>"explanation": {"policy", "probability", "modelProbability", "thresholds": {"review", "block"},
    /// "rule": {"id", "clause", "action"} or null, "reasons": [{"kind", "text", "evidence", "field", "start", "end",
    /// "contribution"}]}</c>; a reason with no place in the text has null field, start and end.</summary>
    private static void WriteExplanation(Utf8JsonWriter writer, RiskScore risk)
    {
        writer.WriteStartObject("explanation");
        writer.WriteString("policy", risk.PolicyName);
        writer.WriteNumber("probability", Math.Round(risk.Probability, 4));
        writer.WriteNumber("modelProbability", Math.Round(risk.ModelProbability, 4));
        writer.WriteStartObject("thresholds");
        writer.WriteNumber("review", risk.Thresholds.Review);
        writer.WriteNumber("block", risk.Thresholds.Block);
        writer.WriteEndObject();
        if (risk.Rule is null)
        {
            writer.WriteNull("rule");
        }
        else
        {
            writer.WriteStartObject("rule");
            writer.WriteString("id", risk.Rule.Id);
            writer.WriteString("clause", risk.Rule.Clause);
            writer.WriteString("action", risk.Rule.Action == ScanVerdict.Block ? s_block : s_review);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("reasons");
        foreach (RiskReason reason in risk.Reasons)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", ToKebab(reason.Kind));
            writer.WriteString("text", reason.Description);
            writer.WriteString("evidence", reason.Evidence);
            if (reason.Field is { } field && reason.Span is { } span)
            {
                writer.WriteString(s_field, field == ListingField.Title ? s_title : s_text);
                writer.WriteNumber(s_start, span.Start);
                writer.WriteNumber(s_end, span.End);
            }
            else
            {
                writer.WriteNull(s_field);
                writer.WriteNull(s_start);
                writer.WriteNull(s_end);
            }

            writer.WriteNumber("contribution", Math.Round(reason.Contribution, 3));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string ToKebab(RiskReasonKind kind) => kind switch
    {
        RiskReasonKind.SaleIntent => "sale-intent",
        RiskReasonKind.CoverClaim => "cover-claim",
        RiskReasonKind.LiveAnimal => "live-animal",
        RiskReasonKind.NegativeContext => "negative-context",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static void WriteError(Utf8JsonWriter writer, string? id, string error)
    {
        writer.WriteStartObject();
        if (id is null)
        {
            writer.WriteNull(s_id);
        }
        else
        {
            writer.WriteString(s_id, id);
        }

        writer.WriteString(s_error, error);
        writer.WriteEndObject();
    }
}
