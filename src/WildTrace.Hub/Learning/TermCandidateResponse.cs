namespace WildTrace.Hub.Learning;

/// <summary>A ranked new-term candidate, as the API shows it.</summary>
internal sealed record TermCandidateResponse(
    string Text, string Normalized, string Language, int ConfirmedCases, int RejectedCases, double Score,
    IReadOnlyList<long> SampleCaseIds, string Taxon)
{
    public static TermCandidateResponse From(TermCandidate c) =>
        new(c.Text, c.Normalized, c.Language, c.ConfirmedCases, c.RejectedCases, c.Score, c.SampleCaseIds, c.Taxon);
}
