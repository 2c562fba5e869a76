using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Text;

public sealed class TextDataTests
{
    [Theory]
    [InlineData("casefold.txt", 1000)]
    [InlineData("confusables.txt", 200)]
    [InlineData("simplified.txt", 2000)]
    [InlineData("mandarin.txt", 1000)]
    [InlineData("emoji-en.txt", 1000)]
    [InlineData("emoji-keywords.txt", 1000)]
    public void Embeds_every_generated_table(string fileName, int minimumLines)
    {
        int lines = TextData.ReadLines(fileName).Count();

        Assert.InRange(lines, minimumLines, int.MaxValue);
    }

    [Fact]
    public void Embeds_the_licences_of_the_tables()
    {
        string[] names = typeof(TextNormalizer).Assembly.GetManifestResourceNames();

        Assert.Contains(names, name => name.Replace('\\', '/').EndsWith("text/LICENSE-Unicode-3.0.txt", StringComparison.Ordinal));
    }
}
