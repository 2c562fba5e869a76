using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Matching;

/// <summary>Orders candidates and applies <see cref="MatchKind"/>. Runs only on listings with at least one hit, so
/// it favours clarity over speed.</summary>
internal static class MatchSelection
{
    public static TermMatch[] Select(List<Candidate> candidates, MatchKind kind, Term[] terms)
    {
        candidates.Sort(Candidate.Compare);
        List<TermMatch> selected = new(candidates.Count);
        int chosenStart = -1;
        int chosenEnd = 0;
        foreach (Candidate candidate in candidates)
        {
            if (kind == MatchKind.LeftmostLongest)
            {
                bool isChosenSpan = candidate.Start == chosenStart && candidate.End == chosenEnd;
                if (!isChosenSpan && candidate.Start < chosenEnd)
                {
                    continue;
                }

                chosenStart = candidate.Start;
                chosenEnd = candidate.End;
            }

            selected.Add(new TermMatch(
                terms[candidate.TermIndex], new(candidate.Start, candidate.End), candidate.Method, candidate.Distance));
        }

        return [.. selected];
    }
}
