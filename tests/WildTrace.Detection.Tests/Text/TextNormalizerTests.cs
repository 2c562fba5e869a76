using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Text;

public sealed partial class TextNormalizerTests
{
    private static readonly TextNormalizer s_normalizer = TextNormalizer.Default;

    // Normalises text, finds the folded needle and returns what the seller typed for it.
    private static string OriginalOf(string text, string needle)
    {
        NormalizedText normalized = s_normalizer.Normalize(text);
        int at = normalized.Value.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' not in '{normalized.Value}'");
        TextSpan span = normalized.ToOriginalSpan(new TextSpan(at, at + needle.Length));
        return text[span.Start..span.End];
    }

    [Theory]
    // Case: full folding, not just lower-casing
    [InlineData("IVORY Bangle", "ivory bangle")]
    [InlineData("STRASSE Straße", "strasse strasse")]
    [InlineData("ΣΟΦΟΣ σοφος", "σοφοσ σοφοσ")]
    [InlineData("ελέφαντας", "ελέφαντασ")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("\u13A0\uAB70", "\u13A0\u13A0")]
    // Width, compatibility and mathematical forms (NFKC)
    [InlineData("\uFF29\uFF56\uFF4F\uFF52\uFF59", "ivory")]
    [InlineData("\U0001D422\U0001D42F\U0001D428\U0001D42B\U0001D432", "ivory")]
    [InlineData("\U0001D57D\U0001D58D\U0001D58E\U0001D593\U0001D594", "rhino")]
    [InlineData("\u24D8\u24E5\u24DE\u24E1\u24E8", "ivory")]
    [InlineData("\uFB01ne", "fine")]
    [InlineData("\uFF76\uFF80\uFF76\uFF85", "\u30AB\u30BF\u30AB\u30CA")]
    // Latin diacritics, including letters that do not decompose
    [InlineData("Ngà voi", "nga voi")]
    [InlineData("đồi mồi", "doi moi")]
    [InlineData("Đồi Mồi", "doi moi")]
    [InlineData("søl łoś ısı", "sol los isi")]
    [InlineData("e\u0301le\u0301phant", "elephant")]
    [InlineData("Elfenbein-Armreif für Ärzte", "elfenbein-armreif fur arzte")]
    // Invisible characters
    [InlineData("iv\u200Bo\u200Cr\u200Dy", "ivory")]
    [InlineData("iv\u00ADory\uFEFF", "ivory")]
    [InlineData("ivo\u2060ry\uFE0F", "ivory")]
    [InlineData("i\u200Ev\u200Fo\u034Fry\u180E", "ivory")]
    // White space collapses
    [InlineData("rhino \t\n  horn", "rhino horn")]
    [InlineData("rhino\u00A0horn", "rhino horn")]
    public void Folds_unicode_variants(string text, string expected)
    {
        string value = s_normalizer.Normalize(text).Value;

        Assert.Equal(expected, value);
    }

    [Theory]
    // Scripts whose marks carry meaning keep them: diacritic removal is for Latin only
    [InlineData("งาช้าง")]
    [InlineData("हाथी दांत")]
    [InlineData("عاج الفيل")]
    [InlineData("ελέφαντα")]
    [InlineData("слоновая кость")]
    [InlineData("코끼리 상아")]
    public void Leaves_other_scripts_intact(string text)
    {
        string value = s_normalizer.Normalize(text).Value;

        Assert.Equal(text, value);
    }

    [Fact]
    public void Composes_decomposed_cyrillic_letters_as_nfkc_would()
    {
        string value = s_normalizer.Normalize("мои\u0306").Value;

        Assert.Equal("мой", value);
    }

    [Fact]
    public void Folds_traditional_chinese_to_simplified()
    {
        string value = s_normalizer.Normalize("象牙手鐲 犀牛角 穿山甲鱗片").Value;

        Assert.Equal("象牙手镯犀牛角穿山甲鳞片", value);
    }

    [Fact]
    public void Maps_folded_units_back_to_what_the_seller_typed()
    {
        Assert.Equal("Ｉｖｏｒｙ", OriginalOf("Genuine Ｉｖｏｒｙ!", "ivory"));
        Assert.Equal("Đồi Mồi", OriginalOf("vòng Đồi Mồi thật", "doi moi"));
        Assert.Equal("STRAßE", OriginalOf("the STRAßE shop", "strasse"));
        Assert.Equal("iv\u200Bory", OriginalOf("an iv\u200Bory box", "ivory"));
        Assert.Equal("\U0001D422\U0001D42F\U0001D428\U0001D42B\U0001D432", OriginalOf("x \U0001D422\U0001D42F\U0001D428\U0001D42B\U0001D432 y", "ivory"));
        Assert.Equal("鐲", OriginalOf("象牙手鐲", "镯"));
    }

    [Fact]
    public void Keeps_empty_text_empty()
    {
        NormalizedText normalized = s_normalizer.Normalize(string.Empty);

        Assert.Equal(string.Empty, normalized.Value);
        Assert.Equal(new TextSpan(0, 0), normalized.ToOriginalSpan(new TextSpan(0, 0)));
    }
}
