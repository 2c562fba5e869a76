using WildTrace.Detection.Matching;
using WildTrace.Detection.Text;

namespace WildTrace.Hub.Learning;

/// <summary>
/// Finds words that confirmed listings share and the term database lacks, ranked by how much more often they occur in
/// confirmed cases than in rejected ones. Pure: no database, no clock; immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Evidence is counted per case, not per occurrence (a seller repeating a word ten times is one vote). For a key
/// found in <c>c</c> of <c>C</c> confirmed cases and <c>r</c> of <c>R</c> rejected cases the score is the smoothed
/// log-odds ratio minus one standard error:</para>
/// <code>
/// δ  = ln((c + α) / (C − c + α)) − ln((r + α) / (R − r + α))          α = 0.5
/// se = √(1/(c + α) + 1/(C − c + α) + 1/(r + α) + 1/(R − r + α))
/// score = δ − se
/// </code>
/// <para>δ compares the key's document frequency in the two sets, so a word every listing uses ("sale", "price", "的",
/// "và") is about as common among rejected cases and gets δ ≈ 0, without a stopword list. α = 0.5 (the
/// Haldane–Anscombe correction) keeps δ finite when a count is 0. Subtracting the standard error prefers evidence we can
/// trust: δ alone would rank a word seen in 2 cases above one seen in 20 at a slightly lower ratio; the z-score δ/se
/// alone would rank a common word with a small ratio over thousands of cases above a real code word. With no rejected
/// cases there is no background, se stays ≥ 2 and nothing clears a positive <see cref="MiningThresholds.MinScore"/>:
/// the miner needs rejections to tell trade words from ordinary ones.</para>
/// <para>Worked numbers: 3 of 3 confirmed and 0 of 2 rejected gives 3.56 − 2.17 = 1.39; 60 of 100 against 50 of 100
/// gives 0.40 − 0.28 = 0.12, below the default minimum of 0.5.</para>
/// </remarks>
internal sealed class TermMiner(TextNormalizer normalizer, TermMatcher matcher, MiningThresholds thresholds)
{
    private const double Alpha = 0.5;
    private const int SampleCases = 5;

    /// <summary>
    /// Ranks candidates, best first. Excluded: text the matcher already finds (any term, negative-context ones too),
    /// keys equal to <paramref name="knownTerms"/> (every term of the database in any state, so a rejected term never
    /// comes back), and n-grams inside a better-ranked candidate with the same cases.
    /// </summary>
    public IReadOnlyList<TermCandidate> Mine(
        IEnumerable<MinedListing> confirmed, IEnumerable<MinedListing> rejected, IEnumerable<string> knownTerms)
    {
        ArgumentNullException.ThrowIfNull(confirmed);
        ArgumentNullException.ThrowIfNull(rejected);
        ArgumentNullException.ThrowIfNull(knownTerms);
        HashSet<string> known = new(knownTerms.Select(t => normalizer.Normalize(t.TrimEnd('*').Trim()).Value), StringComparer.Ordinal);
        Dictionary<string, CandidateEvidence> evidence = new(StringComparer.Ordinal);
        HashSet<long> confirmedCases = [];
        foreach (MinedListing listing in confirmed)
        {
            confirmedCases.Add(listing.CaseId);
            Collect(listing, known, evidence);
        }

        foreach (string weak in evidence.Where(e => e.Value.Confirmed.Count < thresholds.MinConfirmedCases).Select(e => e.Key).ToList())
        {
            evidence.Remove(weak); // before the rejected pass: most keys occur once, and this keeps that pass small
        }

        HashSet<long> rejectedCases = [];
        foreach (MinedListing listing in rejected)
        {
            rejectedCases.Add(listing.CaseId);
            foreach (ListingToken token in ListingTokenizer.Tokenize(normalizer.Normalize(listing.Text)))
            {
                if (evidence.TryGetValue(token.Key, out CandidateEvidence? found))
                {
                    found.Rejected.Add(listing.CaseId);
                }
            }
        }

        List<(CandidateEvidence Evidence, double Score)> ranked = [.. evidence.Values
            .Select(e => (Evidence: e, Score: Score(e.Confirmed.Count, confirmedCases.Count, e.Rejected.Count, rejectedCases.Count)))
            .Where(s => s.Score >= thresholds.MinScore)
            .OrderByDescending(s => s.Score).ThenByDescending(s => s.Evidence.Key.Length).ThenBy(s => s.Evidence.Key, StringComparer.Ordinal)];
        return Subsume(ranked);
    }

    /// <summary>The score in the class remarks; higher means more typical of confirmed listings, with more certainty.</summary>
    internal static double Score(int confirmedWith, int confirmedAll, int rejectedWith, int rejectedAll)
    {
        double delta = Math.Log((confirmedWith + Alpha) / (confirmedAll - confirmedWith + Alpha))
            - Math.Log((rejectedWith + Alpha) / (rejectedAll - rejectedWith + Alpha));
        double standardError = Math.Sqrt((1 / (confirmedWith + Alpha)) + (1 / (confirmedAll - confirmedWith + Alpha))
            + (1 / (rejectedWith + Alpha)) + (1 / (rejectedAll - rejectedWith + Alpha)));
        return delta - standardError;
    }

    private void Collect(MinedListing listing, HashSet<string> known, Dictionary<string, CandidateEvidence> evidence)
    {
        NormalizedText text = normalizer.Normalize(listing.Text);
        List<TextSpan> matched = [.. matcher.FindAll(text).Select(m => m.Span)];
        foreach (ListingToken token in ListingTokenizer.Tokenize(text))
        {
            if (known.Contains(token.Key) || matched.Exists(m => m.Start < token.Span.End && token.Span.Start < m.End))
            {
                continue;
            }

            if (!evidence.TryGetValue(token.Key, out CandidateEvidence? found))
            {
                found = new CandidateEvidence(token.Key, token.IsCharacterGram);
                evidence.Add(token.Key, found);
            }

            TextSpan original = text.ToOriginalSpan(token.Span);
            found.AddConfirmed(listing, text.Original[original.Start..original.End].Trim());
        }
    }

    /// <summary>
    /// Drops a key contained in a better-ranked one with the same cases ("料" inside "白料", "stone" inside "blue stone"):
    /// the longer key says everything the shorter one does. Equal cases give equal scores, and longer keys rank first
    /// among equal scores, so the containing key is always seen first.
    /// </summary>
    private static List<TermCandidate> Subsume(List<(CandidateEvidence Evidence, double Score)> ranked)
    {
        List<CandidateEvidence> kept = [];
        List<TermCandidate> candidates = [];
        foreach ((CandidateEvidence e, double score) in ranked)
        {
            if (kept.Exists(k => k.Rejected.Count == e.Rejected.Count && k.Confirmed.SetEquals(e.Confirmed) && Contains(k.Key, e)))
            {
                continue;
            }

            kept.Add(e);
            candidates.Add(new TermCandidate(
                e.MostCommonSurface(), e.Key, e.MostCommonLanguage() is { Length: > 0 } language ? language : "und",
                e.Confirmed.Count, e.Rejected.Count, Math.Round(score, 3), [.. e.Confirmed.Order().Take(SampleCases)], e.MostCommonTaxon()));
        }

        return candidates;
    }

    // Character n-grams may sit anywhere in a longer n-gram; words only as whole words of a pair.
    private static bool Contains(string longer, CandidateEvidence shorter) =>
        shorter.IsCharacterGram
            ? longer.Contains(shorter.Key, StringComparison.Ordinal)
            : (" " + longer + " ").Contains(" " + shorter.Key + " ", StringComparison.Ordinal);
}
