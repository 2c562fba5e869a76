using WildTrace.Detection.Terms;
using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>Between the engine's <see cref="Term"/> and the database's <see cref="TermRecord"/>: the fields match one to one.</summary>
internal static class TermMapping
{
    public static TermRecord ToRecord(Term term, TermState state, DateTimeOffset at, long revision) => new()
    {
        TermId = term.Id,
        Text = term.Text,
        Language = term.Language,
        Kind = term.Kind,
        Category = term.Category,
        Species = term.Species,
        Product = term.Product,
        Weight = term.Weight,
        Context = term.Context,
        Source = term.Source,
        State = state,
        CreatedAt = at,
        UpdatedAt = at,
        Revision = revision,
    };

    public static Term ToTerm(TermRecord record) => new()
    {
        Id = record.TermId,
        Text = record.Text,
        Language = record.Language,
        Kind = record.Kind,
        Category = record.Category,
        Species = record.Species,
        Product = record.Product,
        Weight = record.Weight,
        Context = record.Context,
        Source = record.Source,
        Status = record.State switch
        {
            TermState.Approved => TermStatus.Approved,
            TermState.Proposed => TermStatus.Proposed,
            _ => TermStatus.Retired,
        },
    };
}
