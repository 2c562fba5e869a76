using WildTrace.Detection.Matching;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Scoring;

public sealed class RiskScorerTests
{
    [Theory]
    [InlineData("rhino horn for sale, WhatsApp +84 912 345 678")]
    [InlineData("vảy tê tê cần bán, liên hệ 0912 345 678")]
    [InlineData("象牙 出售 ¥3000")]
    public void Blocks_an_appendix_i_product_offered_for_sale_by_policy_rule(string text)
    {
        ScanResult result = ScoringFixture.Scanner(ScoringFixture.RulesOnly()).Scan(new Listing { Id = "1", Text = text });

        Assert.Equal(ScanVerdict.Block, result.Verdict);
        Assert.Equal("cites-i-offer", result.Risk!.Rule!.Id);
        Assert.Equal(RiskReasonKind.Policy, result.Risk.Reasons[0].Kind);
        Assert.Contains("CITES Appendix I", result.Risk.Reasons[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_an_appendix_i_product_without_sale_intent_to_the_model()
    {
        ScanResult result = ScoringFixture.Scanner(ScoringFixture.RulesOnly()).Scan(new Listing { Id = "1", Text = "a rhino horn" });

        Assert.Null(result.Risk!.Rule);
        Assert.Equal(ScanVerdict.Allow, result.Verdict);
    }

    [Fact]
    public void Allows_ordinary_goods_whose_only_term_is_an_emoji_without_a_taxon()
    {
        Term contactEmoji = new() { Id = "und-phone-arrow", Text = "\U0001F4F2", Language = "und", Weight = 0.1, Kind = "emoji" };
        ListingScanner scanner = new(TermMatcher.Create([contactEmoji, ScoringFixture.Ivory]), new ScanOptions { Scorer = RiskScorer.Default });

        ScanResult phone = scanner.Scan(new Listing { Id = "1", Text = "iPhone 14 Pro, 5 pcs, for sale \U0001F4F2 +84 912 345 678", Currency = "VND" });

        Assert.Equal(ScanVerdict.Allow, phone.Verdict);
        Assert.Equal(0, phone.Score);
    }

    [Fact]
    public void Scores_a_term_inside_a_negative_context_lower_than_the_bare_offer()
    {
        ListingScanner scanner = ScoringFixture.Scanner();

        ScanResult offer = scanner.Scan(new Listing { Id = "1", Title = "ivory bangle", Text = "for sale $120" });
        ScanResult dress = scanner.Scan(new Listing { Id = "2", Title = "ivory wedding dress", Text = "for sale $120" });

        Assert.True(dress.Score < offer.Score, $"{dress.Score} should be below {offer.Score}");
        Assert.Equal(ScanVerdict.Allow, dress.Verdict);
        Assert.Contains(dress.Risk!.Reasons, r => r.Kind == RiskReasonKind.NegativeContext && r.Evidence == "ivory wedding dress");
    }

    [Fact]
    public void Scores_news_about_a_seizure_lower_than_an_offer()
    {
        ListingScanner scanner = ScoringFixture.Scanner();

        ScanResult offer = scanner.Scan(new Listing { Id = "1", Text = "rhino horn, 2 kg" });
        ScanResult news = scanner.Scan(new Listing { Id = "2", Text = "Police seized 2 kg of rhino horn at the port" });

        Assert.True(news.Score < offer.Score, $"{news.Score} should be below {offer.Score}");
    }

    [Fact]
    public void Explains_each_clue_with_its_place_in_the_text()
    {
        Listing listing = new() { Id = "1", Title = "Rhino horn", Text = "pre-ban, inbox me, $900" };

        ScanResult result = ScoringFixture.Scanner().Scan(listing);

        RiskReason term = Assert.Single(result.Risk!.Reasons, r => r.Kind == RiskReasonKind.Term);
        Assert.Equal("Rhino horn", term.Evidence);
        Assert.Equal(ListingField.Title, term.Field);
        Assert.Equal(new(0, 10), term.Span);
        Assert.Contains("rhino horn", term.Description, StringComparison.Ordinal);
        Assert.True(term.Contribution > 0);
        Assert.Contains(result.Risk.Reasons, r => r.Kind == RiskReasonKind.CoverClaim && r.Evidence == "pre-ban");
        Assert.Contains(result.Risk.Reasons, r => r.Kind == RiskReasonKind.Price && r.Evidence == "$900");
        Assert.Equal(result.Risk.Reasons.Select(r => r.Description), result.Reasons);
    }

    [Fact]
    public void Allows_a_sales_listing_that_names_no_wildlife()
    {
        ListingScanner scanner = ScoringFixture.Scanner();

        ScanResult result = scanner.Scan(new Listing { Id = "1", Title = "ivory wedding dress", Text = "for sale, WhatsApp +84 912 345 678" });

        Assert.Equal(0, result.Score);
        Assert.Equal(ScanVerdict.Allow, result.Verdict);
    }

    [Fact]
    public void Uses_the_thresholds_of_the_policy()
    {
        Assert.True(RiskPolicy.TryParse("""{ "name": "lenient", "thresholds": { "review": 1, "block": 1 } }""", out RiskPolicy? lenient, out _));
        Listing listing = new() { Id = "1", Title = "rhino horn", Text = "inbox me" };

        ScanResult baseline = ScoringFixture.Scanner().Scan(listing);
        ScanResult member = ScoringFixture.Scanner(lenient).Scan(listing);

        Assert.NotEqual(ScanVerdict.Allow, baseline.Verdict);
        Assert.Equal(ScanVerdict.Allow, member.Verdict);
        Assert.Equal("lenient", member.Risk!.PolicyName);
    }
}
