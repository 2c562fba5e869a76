using WildTrace.Detection.Scanning;

namespace WildTrace.Detection.Scoring;

/// <summary>
/// A hard rule of a <see cref="RiskPolicy"/>: when a listing names a species of one of <see cref="Groups"/> (or of a
/// CITES appendix in <see cref="Appendices"/>) in one of <see cref="Forms"/>, with sale intent if
/// <see cref="IsSaleIntentRequired"/>, its verdict is at least <see cref="Action"/>.
/// </summary>
/// <remarks>Immutable. A term inside a negative context (<c>ivory wedding dress</c>) never triggers a rule, and no rule
/// fires on a listing that has any negative context: those cases are left to the model.</remarks>
public sealed record PolicyRule
{
    /// <summary>Stable identifier, unique in its policy (e.g. <c>cites-i-offer</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The policy text a reviewer sees, e.g. <c>CITES Appendix I species offered for sale are prohibited</c>.</summary>
    public required string Clause { get; init; }

    /// <summary>Species groups of data/species/species.tsv (<c>elephants</c>, <c>pangolins</c>); empty for any group.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];

    /// <summary>CITES appendices (<c>I</c>, <c>I/II</c>, <c>II</c>, <c>III</c>, <c>none</c>); empty for any.</summary>
    public IReadOnlyList<string> Appendices { get; init; } = [];

    /// <summary>Product forms: <c>live</c> (live animals) and <c>parts</c> (products and derivatives); empty for both.</summary>
    public IReadOnlyList<string> Forms { get; init; } = [];

    /// <summary>Whether the rule needs sale intent: a sale phrase, a price or a contact channel.</summary>
    public bool IsSaleIntentRequired { get; init; }

    /// <summary>The least verdict the rule imposes: <see cref="ScanVerdict.Review"/> or <see cref="ScanVerdict.Block"/>.</summary>
    public ScanVerdict Action { get; init; } = ScanVerdict.Review;
}
