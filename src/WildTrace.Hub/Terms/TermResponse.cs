using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

/// <summary>A term of the hub's database, as the API shows it.</summary>
internal sealed record TermResponse(
    string Id, string Text, string Language, string Kind, string Category, string Species, string Product,
    double Weight, string Context, string Source, TermState State, long Revision, DateTimeOffset UpdatedAt)
{
    public static TermResponse From(TermRecord t) =>
        new(t.TermId, t.Text, t.Language, t.Kind, t.Category, t.Species, t.Product, t.Weight, t.Context, t.Source, t.State, t.Revision, t.UpdatedAt);
}
