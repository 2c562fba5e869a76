namespace WildTrace.Detection.Terms;

/// <summary>Parses and checks one row of the species table (columns in <see cref="TermVocabulary.SpeciesColumns"/>).</summary>
internal static class SpeciesRow
{
    public static void TryParse(string[] cells, out Species? species, out List<string> problems)
    {
        problems = [];
        species = null;
        string taxon = cells[0].Trim(), rank = cells[1].Trim(), group = cells[2].Trim(), cites = cells[3].Trim();
        string sinceText = cells[4].Trim(), note = cells[5].Trim(), source = cells[6].Trim();
        if (taxon.Length == 0)
        {
            problems.Add("taxon is empty");
        }

        if (!TermVocabulary.Ranks.Contains(rank))
        {
            problems.Add($"unknown rank '{rank}'");
        }

        if (!TermVocabulary.Groups.Contains(group))
        {
            problems.Add($"unknown group '{group}'");
        }

        if (!TermVocabulary.CitesAppendices.Contains(cites))
        {
            problems.Add($"cites '{cites}' must be I, II, III, I/II or none");
        }

        bool isDate = TermListBuilder.TryParseDate(sinceText, out DateOnly? since);
        if (!isDate || (cites == "none") != (since is null))
        {
            problems.Add($"cites_since '{sinceText}' must be a date written YYYY-MM-DD, and empty exactly when cites is none");
        }

        if (source.Length == 0)
        {
            problems.Add("source is missing: cite the CITES Appendices or another reference");
        }

        if (taxon.Length > 0)
        {
            species = new Species
            {
                Taxon = taxon, Rank = rank, Group = group, Cites = cites, CitesSince = since, Note = note, Source = source,
            };
        }
    }
}
