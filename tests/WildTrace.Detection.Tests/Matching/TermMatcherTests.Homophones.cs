using WildTrace.Detection.Matching;
using WildTrace.Detection.Terms;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Matching;

public sealed partial class TermMatcherTests
{
    [Fact]
    public void Finds_a_homophone_substitution_of_a_chinese_term()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("象牙"), s_all, FakePhonetics.ToPhoneticKey);

        TermMatch match = Assert.Single(Find(matcher, "出售像芽手镯"));

        Assert.Equal(MatchMethod.Homophone, match.Method);
        Assert.Equal(new TextSpan(2, 4), match.Span);
    }

    [Fact]
    public void Reports_an_exact_hit_once_not_again_as_a_homophone()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("象牙"), s_all, FakePhonetics.ToPhoneticKey);

        TermMatch match = Assert.Single(Find(matcher, "出售象牙手镯"));

        Assert.Equal(MatchMethod.Exact, match.Method);
    }

    [Fact]
    public void Looks_for_homophones_of_chinese_terms_only()
    {
        Term japanese = new() { Id = "ja-ivory", Text = "象牙", Language = "ja" };
        TermMatcher matcher = TermMatcher.Create([japanese], s_all, FakePhonetics.ToPhoneticKey);

        IReadOnlyList<TermMatch> matches = Find(matcher, "像芽");

        Assert.Empty(matches);
    }

    [Fact]
    public void Rejects_a_phonetic_key_that_changes_the_length()
    {
        TermMatcher matcher = TermMatcher.Create(Terms("象牙"), s_all, key => key + "x");

        Assert.Throws<InvalidOperationException>(() => Find(matcher, "像芽"));
    }
}
