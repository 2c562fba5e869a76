using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Tests.Scoring;

public sealed class SignalTests
{
    [Theory]
    // Phone numbers with a country code (national formats: PhoneSignalsTests)
    [InlineData("call +84 912 345 678 now", RiskReasonKind.Contact, "+84 912 345 678")]
    [InlineData("โทร +66 81 234 5678", RiskReasonKind.Contact, "+66 81 234 5678")]
    // Messaging handles and addresses
    [InlineData("WhatsApp: seller_88", RiskReasonKind.Contact, "WhatsApp: seller_88")]
    [InlineData("加微信 abc123", RiskReasonKind.Contact, "加微信")]
    [InlineData("t.me/ivoryking", RiskReasonKind.Contact, "t.me/ivoryking")]
    [InlineData("mail shop@example.com", RiskReasonKind.Contact, "shop@example.com")]
    // Prices and quantities
    [InlineData("only $450", RiskReasonKind.Price, "$450")]
    [InlineData("giá 2.500.000 đ", RiskReasonKind.Price, "2.500.000 đ")]
    [InlineData("¥3000 包邮", RiskReasonKind.Price, "¥3000")]
    [InlineData("harga Rp 5000", RiskReasonKind.Price, "5000")]
    [InlineData("10 kg available", RiskReasonKind.Quantity, "10 kg")]
    public void Finds_shaped_signals(string text, RiskReasonKind kind, string evidence)
    {
        IReadOnlyList<(RiskReasonKind, string)> found = Signals(text);

        Assert.Contains((kind, evidence), found);
    }

    [Theory]
    // Sale intent from the term database, one row per language
    [InlineData("ready stock, inbox me")]
    [InlineData("cần bán gấp")]
    [InlineData("出售 现货")]
    [InlineData("à vendre")]
    [InlineData("se vende")]
    [InlineData("dijual murah")]
    [InlineData("ship COD toàn quốc")]
    // Obfuscated sale words are still sale words
    [InlineData("1nb0x me")]
    public void Finds_sale_intent_in_many_languages(string text)
    {
        IReadOnlyList<(RiskReasonKind Kind, string)> found = Signals(text);

        Assert.Contains(found, s => s.Kind == RiskReasonKind.SaleIntent);
    }

    [Theory]
    [InlineData("ivory wedding dress", RiskReasonKind.NegativeContext)]
    [InlineData("tiger balm", RiskReasonKind.NegativeContext)]
    [InlineData("police seized the shipment", RiskReasonKind.NegativeContext)]
    [InlineData("pre-ban antique", RiskReasonKind.CoverClaim)]
    [InlineData("captive bred, weaned", RiskReasonKind.LiveAnimal)]
    public void Finds_context_phrases(string text, RiskReasonKind kind)
    {
        IReadOnlyList<(RiskReasonKind Kind, string)> found = Signals(text);

        Assert.Contains(found, s => s.Kind == kind);
    }

    [Fact]
    public void Finds_no_signal_in_plain_prose()
    {
        IReadOnlyList<(RiskReasonKind, string)> found = Signals("a quiet walk along the river in autumn");

        Assert.Empty(found);
    }

    private static List<(RiskReasonKind, string)> Signals(string text)
    {
        Listing listing = new() { Id = "1", Text = text };
        RiskEvidence evidence = RiskScorer.Default.Collect(listing, TextNormalizer.Default.Normalize(""), TextNormalizer.Default.Normalize(text), [], []);
        return [.. evidence.Signals.Select(s => (s.Kind, text[s.Span.Start..s.Span.End]))];
    }
}
