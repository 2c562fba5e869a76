namespace WildTrace.Detection.Terms;

/// <summary>The term database read from its TSV files: every row (all statuses) and the species table.</summary>
/// <remarks>Immutable. When <see cref="Errors"/> is not empty the terms hold only the rows that were usable.</remarks>
internal sealed class TermDatabase(SpeciesTable species, IReadOnlyList<Term> terms, IReadOnlyList<TermDatabaseError> errors)
{
    public SpeciesTable Species { get; } = species;

    /// <summary>All rows, in file then line order, with <see cref="Term.Category"/> derived from the species table.</summary>
    public IReadOnlyList<Term> Terms { get; } = terms;

    public IReadOnlyList<TermDatabaseError> Errors { get; } = errors;

    public bool IsValid => Errors.Count == 0;

    /// <summary>What a term pack ships: approved terms only, in ordinal order of id (the pack's canonical order).</summary>
    public IReadOnlyList<Term> ApprovedTerms() =>
        [.. Terms.Where(t => t.Status == TermStatus.Approved).OrderBy(t => t.Id, StringComparer.Ordinal)];
}
