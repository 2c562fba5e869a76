using WildTrace.Detection.Scanning;
using WildTrace.Detection.Scoring;

namespace WildTrace.Detection.Tests.Scoring;

public sealed class PhoneSignalsTests
{
    [Theory]
    // National formats, read in the region of the listing's currency
    [InlineData("call (650) 253-0000 today", "USD", "(650) 253-0000")]
    [InlineData("ring 07400 123456 after 6", "GBP", "07400 123456")]
    [InlineData("liên hệ 0912 345 678", "VND", "0912 345 678")]
    [InlineData("电话 138 0013 8000", "CNY", "138 0013 8000")]
    [InlineData("連絡 090-1234-5678 まで", "JPY", "090-1234-5678")]
    [InlineData("zap (11) 91234-5678", "BRL", "(11) 91234-5678")]
    [InlineData("piga 0712 345678", "KES", "0712 345678")]
    // Euro listings try each euro-area region the term database covers
    [InlineData("Handy 0151 23456789", "EUR", "0151 23456789")]
    [InlineData("appelez le 06 12 34 56 78", "EUR", "06 12 34 56 78")]
    // International format is found whatever the currency, or with none
    [InlineData("WA +91 98765 43210", "USD", "+91 98765 43210")]
    [InlineData("WA +84 912 345 678", null, "+84 912 345 678")]
    [InlineData("โทร +66 81 234 5678", "THB", "+66 81 234 5678")]
    public void Finds_valid_phone_numbers_in_national_and_international_formats(string text, string? currency, string number)
    {
        List<string> found = Find(text, currency);

        Assert.Equal([number], found);
    }

    [Theory]
    // Prices, years, dates, sizes and model numbers are not phone numbers
    [InlineData("only 1,500,000 đ, ship COD", "VND")]
    [InlineData("giá 2.500.000 đ", "VND")]
    [InlineData("$1,299.99 or best offer", "USD")]
    [InlineData("made in 2025, bought 03/01/2025", "USD")]
    [InlineData("iPhone 14 Pro 256GB, model A2890", "USD")]
    [InlineData("size 120x200x45 cm", "EUR")]
    [InlineData("¥3000 包邮 2024年", "CNY")]
    // Too short, or the wrong length for the region
    [InlineData("ext 12345", "USD")]
    [InlineData("+34 612 2142 6329", "EUR")]
    public void Finds_no_phone_number_in_prices_dates_and_model_numbers(string text, string? currency)
    {
        List<string> found = Find(text, currency);

        Assert.Empty(found);
    }

    [Theory]
    [InlineData("VND", "VN")]
    [InlineData("brl", "BR")]
    public void Reads_national_numbers_in_the_region_of_the_currency(string currency, string region)
    {
        IReadOnlyList<string> regions = PhoneSignals.RegionsFor(currency);

        Assert.Equal([region], regions);
    }

    private static List<string> Find(string text, string? currency)
    {
        List<Signal> signals = [];

        PhoneSignals.FindAll(text, ListingField.Text, PhoneSignals.RegionsFor(currency), signals);

        Assert.All(signals, s => Assert.Equal(RiskReasonKind.Contact, s.Kind));
        return [.. signals.Select(s => text[s.Span.Start..s.Span.End])];
    }
}
