namespace WildTrace.Detection.Terms;

/// <summary>
/// One entry of the term database: a word or phrase that signals wildlife trade, with what it refers to.
/// </summary>
/// <remarks>Immutable. The engine derives obfuscated variants itself, so a term holds only what people really write.</remarks>
public sealed record Term
{
    /// <summary>Stable identifier, unique in a term list (e.g. <c>en-ivory</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The term as people write it (e.g. <c>rhino horn</c>, <c>象牙</c>, <c>🐘🦷</c>).</summary>
    public required string Text { get; init; }

    /// <summary>BCP 47 language tag (<c>en</c>, <c>zh</c>, <c>zh-Hant</c>, <c>vi</c>); <c>und</c> when unknown.</summary>
    public string Language { get; init; } = "und";

    /// <summary>What the term points at, for policies and reports (e.g. <c>ivory</c>, <c>live-animal</c>); empty when unknown.</summary>
    public string Category { get; init; } = "";

    /// <summary>Scientific name of the taxon the term refers to (e.g. <c>Loxodonta africana</c>); empty when none.</summary>
    public string Species { get; init; } = "";

    /// <summary>How strongly a hit suggests an illegal offer, from 0 (no signal) to 1 (decisive). Default 0.5.</summary>
    public double Weight { get; init; } = 0.5;

    /// <summary>
    /// What sort of evidence the term is: <c>common-name</c>, <c>scientific-name</c>, <c>code-word</c>,
    /// <c>cover-claim</c>, <c>misspelling</c>, <c>emoji</c>, <c>sale-signal</c> or <c>look-alike</c>
    /// (see data/terms/README.md); empty when unknown.
    /// </summary>
    public string Kind { get; init; } = "";

    /// <summary>Where the term was seen or who vouches for it (a citation or URL); empty when unknown.</summary>
    public string Source { get; init; } = "";
}
