using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Text;

public sealed class HanPhoneticsTests
{
    [Theory]
    // Homophone substitutions sellers use for 象牙 (ivory), 犀角 (rhino horn) and 穿山甲 (pangolin)
    [InlineData("象牙", "象芽")]
    [InlineData("象牙", "像牙")]
    [InlineData("犀角", "西角")]
    [InlineData("穿山甲", "川山甲")]
    public void Gives_homophones_the_same_key(string term, string homophone)
    {
        string termKey = HanPhonetics.ToPhoneticKey(term);
        string homophoneKey = HanPhonetics.ToPhoneticKey(homophone);

        Assert.Equal(termKey, homophoneKey);
    }

    [Fact]
    public void Tells_tones_apart()
    {
        // 象 xiàng and 香 xiāng differ only in tone.
        Assert.NotEqual(HanPhonetics.ToPhoneticKey("象"), HanPhonetics.ToPhoneticKey("香"));
    }

    [Fact]
    public void Keeps_length_and_everything_that_is_not_han()
    {
        const string Text = "ivory 象牙 2kg";

        string key = HanPhonetics.ToPhoneticKey(Text);

        Assert.Equal(Text.Length, key.Length);
        Assert.Equal("ivory ", key[..6]);
        Assert.Equal(" 2kg", key[8..]);
        Assert.InRange(key[6], HanPhonetics.KeyBase, (char)(HanPhonetics.KeyBase + HanPhonetics.SyllableCount - 1));
    }

    [Theory]
    [InlineData("象牙", true)]
    [InlineData("ivory", false)]
    [InlineData("ช้าง", false)]
    [InlineData("", false)]
    public void Detects_han_with_a_reading(string text, bool expected)
    {
        Assert.Equal(expected, HanPhonetics.HasHan(text));
    }

    [Fact]
    public void Reads_characters_in_numbered_pinyin()
    {
        Assert.Equal("xiang4", HanPhonetics.ReadingOf('象'));
        Assert.Equal("lv4", HanPhonetics.ReadingOf('绿'));
        Assert.Null(HanPhonetics.ReadingOf('a'));
    }

    [Fact]
    public void Fits_every_syllable_in_the_private_use_area()
    {
        Assert.InRange(HanPhonetics.SyllableCount, 1000, 0xF8FF - HanPhonetics.KeyBase + 1);
    }
}
