using WildTrace.Detection.Terms;

namespace WildTrace.Detection.Tests.Terms;

public sealed class BuiltInTermsTests
{
    [Fact]
    public void Loads_several_hundred_terms_in_at_least_eight_languages()
    {
        IReadOnlyList<Term> terms = BuiltInTerms.All;

        Assert.InRange(terms.Count, 300, 2000);
        Assert.True(terms.Select(t => t.Language).Distinct().Count() >= 8);
    }

    [Fact]
    public void Every_term_names_its_source_category_and_kind()
    {
        Assert.All(BuiltInTerms.All, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Source), t.Id);
            Assert.False(string.IsNullOrWhiteSpace(t.Category), t.Id);
            Assert.Contains(t.Kind, (string[])
                ["common-name", "scientific-name", "code-word", "cover-claim", "misspelling", "emoji", "sale-signal", "look-alike"]);
        });
    }

    [Fact]
    public void No_two_terms_share_text_and_language()
    {
        var duplicates = BuiltInTerms.All
            .GroupBy(t => (Text: t.Text.ToLowerInvariant(), t.Language))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Ids_are_unique()
    {
        Assert.Equal(BuiltInTerms.All.Count, BuiltInTerms.All.Select(t => t.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Keeps_the_research_rows_with_their_citations()
    {
        // 191 sourced research rows; two are observations rather than terms, and some rows name two or three terms.
        int cited = BuiltInTerms.All.Count(t => !t.Source.StartsWith("curator:", StringComparison.Ordinal));

        Assert.True(cited >= 189, $"{cited} cited terms");
    }

    [Fact]
    public void Weights_colour_code_words_too_low_to_flag_a_listing_alone()
    {
        Term white = BuiltInTerms.All.Single(t => t.Text == "white" && t.Language == "en");
        Term rhinoHorn = BuiltInTerms.All.Single(t => t.Text == "rhino horn" && t.Language == "en");

        Assert.True(white.Weight < 0.1);
        Assert.True(rhinoHorn.Weight >= 0.8);
    }

    [Fact]
    public void Returns_the_same_instance_every_time()
    {
        Assert.Same(BuiltInTerms.All, BuiltInTerms.All);
    }
}
