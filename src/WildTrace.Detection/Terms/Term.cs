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

    /// <summary>
    /// What the term points at, for policies and reports; empty when unknown. In the term database (data/terms/*.tsv)
    /// it is derived, never stored: the policy group of <see cref="Species"/> (e.g. <c>elephants</c>, <c>pangolins</c>),
    /// or <see cref="Kind"/> for a term without a taxon (e.g. <c>sale-intent</c>, <c>cover-claim</c>).
    /// </summary>
    public string Category { get; init; } = "";

    /// <summary>
    /// Scientific name of the taxon the term refers to (e.g. <c>Loxodonta africana</c>, family <c>Manidae</c>); empty
    /// when none. In the term database this is the <c>taxon</c> column, a key of the species table.
    /// </summary>
    public string Species { get; init; } = "";

    /// <summary>How strongly a hit suggests an illegal offer, from 0 (no signal) to 1 (decisive). Default 0.5.</summary>
    public double Weight { get; init; } = 0.5;

    /// <summary>
    /// What sort of evidence the term is, e.g. <c>common-name</c>, <c>product</c>, <c>code-word</c>, <c>sale-intent</c>,
    /// <c>negative-context</c> (the term database's list is in data/terms/README.md; older lists also use
    /// <c>sale-signal</c> and <c>look-alike</c>); empty when unknown.
    /// </summary>
    public string Kind { get; init; } = "";

    /// <summary>Where the term was seen or who vouches for it (a citation or URL); empty when unknown.</summary>
    public string Source { get; init; } = "";

    /// <summary>The product form the term names (<c>raw</c>, <c>carved</c>, <c>scale</c>, <c>horn</c>, ...); empty when none.</summary>
    public string Product { get; init; } = "";

    /// <summary>
    /// Context rules, <c>;</c>-separated: <c>needs:sale</c>, <c>needs:product</c>, <c>needs:taxon</c> (the term counts
    /// only with such a signal nearby) and <c>negates:&lt;taxon&gt;</c> (a negative context such as <c>tiger balm</c>);
    /// empty when the term counts on its own.
    /// </summary>
    public string Context { get; init; } = "";

    /// <summary>Where the term is in its review: <see cref="TermStatus.Approved"/> unless the list says otherwise.</summary>
    public TermStatus Status { get; init; } = TermStatus.Approved;

    /// <summary>The date the term was added to the database; null when unknown.</summary>
    public DateOnly? Added { get; init; }
}
