using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Tests.Imaging;

public sealed class PdqHashTests
{
    private const string Bridge = "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";

    [Fact]
    public void Parses_and_prints_threatexchange_hex_unchanged()
    {
        PdqHash hash = PdqHash.Parse(Bridge.ToUpperInvariant());

        Assert.Equal(Bridge, hash.ToString());
        Assert.Equal(128, hash.PopCount);
    }

    [Fact]
    public void First_hex_digit_holds_the_highest_bits()
    {
        PdqHash top = PdqHash.Parse("8" + new string('0', 63));
        PdqHash bottom = PdqHash.Parse(new string('0', 63) + "1");

        Assert.Equal(1UL << 63, top.W3);
        Assert.Equal(1UL, bottom.W0);
        Assert.Equal(2, top.DistanceTo(bottom));
    }

    [Theory]
    // Wrong length
    [InlineData("")]
    [InlineData("d8f8")]
    [InlineData(Bridge + "0")]
    // Not hex, or hex with decoration
    [InlineData("g8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22")]
    [InlineData("0xf8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22")]
    [InlineData(" 8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22")]
    [InlineData("-8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22")]
    public void Rejects_text_that_is_not_64_hex_digits(string text)
    {
        bool isParsed = PdqHash.TryParse(text, out _);

        Assert.False(isParsed);
    }
}
