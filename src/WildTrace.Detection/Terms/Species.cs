namespace WildTrace.Detection.Terms;

/// <summary>
/// One taxon of the species table (data/species/species.tsv): what terms refer to, and its CITES listing. Common names
/// are not stored here: they are the terms of kind <c>common-name</c> whose <see cref="Term.Species"/> is this taxon.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed record Species
{
    /// <summary>Accepted scientific name, the key terms refer to (e.g. <c>Loxodonta africana</c>, family <c>Manidae</c>).</summary>
    public required string Taxon { get; init; }

    /// <summary><c>species</c>, <c>subspecies</c>, <c>genus</c>, <c>family</c>, <c>order</c> or <c>class</c>.</summary>
    public required string Rank { get; init; }

    /// <summary>Policy group (e.g. <c>elephants</c>, <c>pangolins</c>); terms of this taxon take it as their category.</summary>
    public required string Group { get; init; }

    /// <summary>Current CITES appendix: <c>I</c>, <c>II</c>, <c>III</c>, <c>I/II</c> (split listing) or <c>none</c>.</summary>
    public required string Cites { get; init; }

    /// <summary>The date the current CITES listing took effect; null when <see cref="Cites"/> is <c>none</c>.</summary>
    public DateOnly? CitesSince { get; init; }

    /// <summary>A short note (split populations, annotations, former names); may be empty.</summary>
    public string Note { get; init; } = "";

    /// <summary>Citation for the listing (e.g. <c>CITES Appendices I, II and III (valid from 2025-02-07)</c>).</summary>
    public string Source { get; init; } = "";
}
