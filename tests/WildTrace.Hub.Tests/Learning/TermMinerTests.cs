using WildTrace.Detection.Matching;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;
using WildTrace.Hub.Learning;

namespace WildTrace.Hub.Tests.Learning;

public sealed class TermMinerTests
{
    // "blorbite" is made up: no term pack holds it. Three confirmed listings use it; "message" is everywhere.
    private static readonly MinedListing[] s_confirmed =
    [
        Listing(1, "Blorbite bangle, old stock, message anytime"),
        Listing(2, "Genuine blorbite carving, message for details"),
        Listing(3, "Blorbite pendant with certificate, message now"),
    ];

    private static readonly MinedListing[] s_rejected =
    [
        Listing(4, "Resin bangle, message anytime"),
        Listing(5, "Wooden carving with certificate, message now"),
    ];

    [Fact]
    public void Code_word_in_three_confirmed_listings_and_no_rejected_ones_ranks_first()
    {
        TermMiner miner = Miner();

        IReadOnlyList<TermCandidate> candidates = miner.Mine(s_confirmed, s_rejected, []);

        TermCandidate first = candidates[0];
        Assert.Equal("blorbite", first.Normalized);
        Assert.Equal(3, first.ConfirmedCases);
        Assert.Equal(0, first.RejectedCases);
        Assert.Equal([1L, 2L, 3L], first.SampleCaseIds);
        Assert.Equal("en", first.Language);
    }

    [Fact]
    public void Word_common_to_confirmed_and_rejected_listings_is_not_proposed()
    {
        TermMiner miner = Miner();

        IReadOnlyList<TermCandidate> candidates = miner.Mine(s_confirmed, s_rejected, []);

        Assert.Contains(candidates, c => c.Normalized == "blorbite");
        Assert.DoesNotContain(candidates, c => c.Normalized.Contains("message", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_is_proposed_without_rejected_cases_to_compare_with()
    {
        TermMiner miner = Miner();

        IReadOnlyList<TermCandidate> candidates = miner.Mine(s_confirmed, [], []);

        Assert.Empty(candidates);
    }

    [Theory]
    // The database's own spelling, and spellings that normalise to the same key
    [InlineData("blorbite")]
    [InlineData("BLORBITE")]
    [InlineData("Blørbite")]
    [InlineData("blorbite*")]
    public void Existing_term_is_not_proposed(string existing)
    {
        TermMiner miner = Miner();

        IReadOnlyList<TermCandidate> candidates = miner.Mine(s_confirmed, s_rejected, [existing]);

        Assert.DoesNotContain(candidates, c => c.Normalized.Contains("blorbite", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("code-word")]
    [InlineData("negative-context")]
    public void Text_the_engine_matches_is_not_proposed(string kind)
    {
        TermMiner miner = Miner(new Term { Id = "en-blorbite", Text = "blorbite", Language = "en", Kind = kind });

        IReadOnlyList<TermCandidate> candidates = miner.Mine(s_confirmed, s_rejected, []);

        Assert.DoesNotContain(candidates, c => c.Normalized.Contains("blorbite", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_code_word_is_found_as_a_character_ngram()
    {
        TermMiner miner = Miner();
        MinedListing[] confirmed = [Listing(1, "正品蓝石手镯便宜出", "zh"), Listing(2, "蓝石吊坠全新", "zh"), Listing(3, "老蓝石雕件包邮", "zh")];
        MinedListing[] rejected = [Listing(4, "树脂手镯便宜出", "zh"), Listing(5, "玻璃吊坠全新", "zh")];

        IReadOnlyList<TermCandidate> candidates = miner.Mine(confirmed, rejected, []);

        TermCandidate first = candidates[0];
        Assert.Equal("蓝石", first.Text);
        Assert.Equal(3, first.ConfirmedCases);
        Assert.Equal("zh", first.Language);
    }

    [Fact]
    public void Keeps_the_original_form_of_the_most_common_occurrence()
    {
        TermMiner miner = Miner();
        MinedListing[] confirmed =
        [
            Listing(1, "BLORBITE bangle, message anytime"), Listing(2, "Old Blørbite carving, message me"), Listing(3, "Blørbite pendant"),
        ];

        IReadOnlyList<TermCandidate> candidates = miner.Mine(confirmed, s_rejected, []);

        TermCandidate first = candidates[0];
        Assert.Equal("blorbite", first.Normalized);
        Assert.Equal("Blørbite", first.Text);
    }

    [Theory]
    // The word is in two confirmed cases: enough when two are required, not when three are
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Respects_the_minimum_number_of_confirmed_cases(int minCases, bool isProposed)
    {
        TermMiner miner = Miner(thresholds: new MiningThresholds(minCases, MinScore: 0));
        MinedListing[] confirmed = [Listing(1, "blorbite bangle"), Listing(2, "blorbite carving"), Listing(3, "pendant certificate")];

        IReadOnlyList<TermCandidate> candidates = miner.Mine(confirmed, s_rejected, []);

        Assert.Equal(isProposed, candidates.Any(c => c.Normalized == "blorbite"));
    }

    [Fact]
    public void Counts_a_case_once_however_often_its_listings_repeat_a_word()
    {
        TermMiner miner = Miner(thresholds: new MiningThresholds(2, MinScore: 0));
        MinedListing[] confirmed = [Listing(1, "blorbite blorbite blorbite"), Listing(1, "more blorbite"), Listing(2, "pendant certificate")];

        IReadOnlyList<TermCandidate> candidates = miner.Mine(confirmed, s_rejected, []);

        Assert.DoesNotContain(candidates, c => c.Normalized == "blorbite");
    }

    [Fact]
    public void Drops_a_word_inside_a_better_candidate_with_the_same_cases()
    {
        TermMiner miner = Miner();
        MinedListing[] confirmed = [Listing(1, "snow jade bangle"), Listing(2, "real snow jade"), Listing(3, "snow jade carving")];

        IReadOnlyList<TermCandidate> candidates = miner.Mine(confirmed, s_rejected, []);

        Assert.Equal("snow jade", candidates[0].Text);
        Assert.DoesNotContain(candidates, c => c.Normalized is "snow" or "jade");
    }

    [Theory]
    // Contact details and numbers repeat across one seller's listings but are not trade words
    [InlineData("visit blorbshop.example.com today")]
    [InlineData("write to sales@blorbshop.example")]
    [InlineData("telegram @blorbshop")]
    [InlineData("see https://blorbshop.example/items")]
    [InlineData("price 4500 only")]
    public void Contact_details_and_numbers_are_not_proposed(string shared)
    {
        TermMiner miner = Miner();
        MinedListing[] confirmed = [Listing(1, "bangle, " + shared), Listing(2, "carving, " + shared), Listing(3, "pendant, " + shared)];

        IReadOnlyList<TermCandidate> candidates = miner.Mine(confirmed, s_rejected, []);

        Assert.DoesNotContain(candidates, c => c.Normalized.Contains("blorbshop", StringComparison.Ordinal) || c.Normalized.Any(char.IsDigit));
    }

    [Fact]
    public void Emoji_are_not_proposed_as_the_names_the_normaliser_gives_them()
    {
        TermMiner miner = Miner();
        MinedListing[] confirmed = [Listing(1, "bangle \U0001F5FF \u2705"), Listing(2, "carving \U0001F5FF \u2705"), Listing(3, "pendant \U0001F5FF \u2705")];

        IReadOnlyList<TermCandidate> candidates = miner.Mine(confirmed, s_rejected, []);

        Assert.Equal("moai", TextNormalizer.Default.Normalize("\U0001F5FF").Value.Trim());
        Assert.Empty(candidates);
    }

    [Theory]
    // The worked numbers in TermMiner's remarks
    [InlineData(3, 3, 0, 2, 1.391)]
    [InlineData(60, 100, 50, 100, 0.117)]
    [InlineData(3, 3, 0, 0, -0.561)]
    public void Score_is_the_smoothed_log_odds_ratio_less_one_standard_error(int c, int confirmed, int r, int rejected, double expected)
    {
        double score = TermMiner.Score(c, confirmed, r, rejected);

        Assert.Equal(expected, score, precision: 3);
    }

    private static MinedListing Listing(long caseId, string text, string language = "en") => new(caseId, text, language, "Elephantidae");

    private static TermMiner Miner(Term? known = null, MiningThresholds? thresholds = null)
    {
        Term[] terms = known is null ? [new Term { Id = "en-ivory", Text = "ivory", Language = "en" }] : [known];
        return new TermMiner(TextNormalizer.Default, TermMatcher.Create(terms), thresholds ?? new MiningThresholds());
    }
}
