using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Text;

public sealed class TermVariantsTests
{
    private static readonly TextNormalizer s_normalizer = TextNormalizer.Default;

    [Fact]
    public void Returns_own_normal_form_first()
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, "Rhino HORN", "en");

        Assert.Equal("rhino horn", forms[0]);
    }

    [Theory]
    [InlineData("象牙", "zh", "象牙", "xiang ya", "xiangya")]
    [InlineData("穿山甲", "zh", "穿山甲", "chuan shan jia", "chuanshanjia")]
    [InlineData("犀牛角", "zh-Hans", "犀牛角", "xi niu jiao", "xiniujiao")]
    [InlineData("象牙手鐲", "zh-Hant", "象牙手镯", "xiang ya shou zhuo", "xiangyashouzhuo")]
    [InlineData("虎骨", "zh-TW", "虎骨", "hu gu", "hugu")]
    public void Adds_toneless_pinyin_spaced_and_joined_for_chinese_terms(
        string term, string language, string own, string spaced, string joined)
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, term, language);

        Assert.Equal(own, forms[0]);
        Assert.Contains(spaced, forms);
        Assert.Contains(joined, forms);
    }

    [Theory]
    // Regressions: a term made only of emoji KEYWORDS (loose associations) must not become the emoji's English name.
    [InlineData("动物园", "zh", "tiger")] // "zoo", a keyword of the tiger emoji
    [InlineData("nounours", "fr", "bear")] // "teddy bear", a keyword of the bear emoji
    public void Does_not_turn_a_term_of_emoji_keywords_alone_into_an_emoji_name(string term, string language, string name)
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, term, language);

        Assert.DoesNotContain(name, forms);
    }

    [Fact]
    public void Does_not_add_pinyin_for_japanese_kanji()
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, "象牙", "ja");

        Assert.DoesNotContain("xiangya", forms);
    }

    [Theory]
    // Each row: a term, its language, and a listing that writes one of its words as an emoji
    [InlineData("ngà voi", "vi", "Bán ngà 🐘 thật")]
    [InlineData("sừng tê giác", "vi", "sừng 🦏 nguyên chất")]
    [InlineData("gading gajah", "id", "jual gading 🐘 asli")]
    [InlineData("gading gajah", "ms", "gading 🐘")]
    [InlineData("cula badak", "id", "cula 🦏")]
    [InlineData("pembe za ndovu", "sw", "pembe za 🐘")]
    [InlineData("colmillo de elefante", "es", "colmillo de 🐘")]
    [InlineData("chifre de rinoceronte", "pt", "chifre de 🦏")]
    [InlineData("corno di rinoceronte", "it", "corno di 🦏")]
    [InlineData("ivoire de pachyderme", "fr", "ivoire de 🐘")]
    [InlineData("Nashorn Horn", "de", "🦏 Horn")]
    [InlineData("neushoorn hoorn", "nl", "🦏 hoorn")]
    [InlineData("носорог", "ru", "продаю 🦏")]
    [InlineData("garing ng elepante", "tl", "garing ng 🐘")]
    [InlineData("हाथी दांत", "hi", "🐘 दांत")]
    [InlineData("ناب فيل", "ar", "ناب 🐘")]
    [InlineData("코끼리 상아", "ko", "🐘 상아")]
    [InlineData("象牙", "zh", "🐘牙")]
    [InlineData("犀牛角", "zh-Hant", "🦏角")]
    [InlineData("ゾウの牙", "ja", "🐘の牙")]
    [InlineData("งาช้าง", "th", "งา🐘")]
    [InlineData("ງາຊ້າງ", "lo", "ງາ🐘")]
    [InlineData("ភ្លុកដំរី", "km", "ភ្លុក🐘")]
    [InlineData("ဆင်စွယ်", "my", "🐘စွယ်")]
    public void Matches_listing_that_writes_a_term_word_as_emoji(string term, string language, string listing)
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, term, language);
        string text = s_normalizer.Normalize(listing).Value;

        Assert.Contains(forms, form => text.Contains(form, StringComparison.Ordinal));
        Assert.DoesNotContain(forms[0], text, StringComparison.Ordinal);
    }

    [Theory]
    // English emoji names are the normaliser's own tokens, so English terms match without a variant
    [InlineData("rhinoceros horn", "🦏 horn for sale")]
    [InlineData("tiger tooth", "🐅 tooth")]
    [InlineData("elephant tusk", "🐘 tusk")]
    public void Matches_english_terms_written_as_emoji_in_their_own_form(string term, string listing)
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, term, "en");
        string text = s_normalizer.Normalize(listing).Value;

        Assert.Contains(forms[0], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_substitute_keywords_that_many_emoji_share()
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, "động vật", "vi");

        Assert.Equal(["dong vat", "dongvat"], forms);
    }

    [Theory]
    // Phrases also yield their joined form (hashtags, letters split across word gaps)
    [InlineData("rhino horn", "en", "rhinohorn")]
    [InlineData("ngà voi", "vi", "ngavoi")]
    [InlineData("तेंदुए की खाल", "hi", "तेंदुएकीखाल")]
    public void Adds_the_joined_form_of_a_phrase(string term, string language, string joined)
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, term, language);

        Assert.Contains(joined, forms);
    }

    [Theory]
    // Single words and phrases joined to fewer than six units have no joined form
    [InlineData("ivory", "en")]
    [InlineData("de la", "fr")]
    [InlineData("sừng", "vi")]
    public void Adds_no_joined_form_to_a_word_or_a_short_phrase(string term, string language)
    {
        IReadOnlyList<string> forms = TermVariants.Generate(s_normalizer, term, language);

        Assert.DoesNotContain(forms, f => f.Length > 0 && !f.Contains(' ', StringComparison.Ordinal) && f != forms[0]);
    }
}
