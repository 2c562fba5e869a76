using WildTrace.Hub.Reports;

namespace WildTrace.Hub.Tests.Reports;

public sealed class ListingUrlTests
{
    [Theory]
    // Host forms: case, www/mobile prefixes, trailing dot, default port, scheme
    [InlineData("https://Shop.Example/item/1", "https://shop.example/item/1")]
    [InlineData("http://www.shop.example/item/1", "https://shop.example/item/1")]
    [InlineData("https://m.shop.example/item/1", "https://shop.example/item/1")]
    [InlineData("https://mobile.shop.example./item/1", "https://shop.example/item/1")]
    [InlineData("https://shop.example:443/item/1", "https://shop.example/item/1")]
    [InlineData("shop.example/item/1", "https://shop.example/item/1")]
    // Paths, fragments and queries: trailing slash, fragment, tracking parameters, parameter order
    [InlineData("https://shop.example/item/1/", "https://shop.example/item/1")]
    [InlineData("https://shop.example/item/1#photos", "https://shop.example/item/1")]
    [InlineData("https://shop.example/item?id=1&utm_source=fb&fbclid=abc&gclid=x", "https://shop.example/item?id=1")]
    [InlineData("https://shop.example/item?z=2&id=1", "https://shop.example/item?id=1&z=2")]
    // Short forms known offline
    [InlineData("https://youtu.be/abc123", "https://youtube.com/watch?v=abc123")]
    [InlineData("https://fb.com/marketplace/item/42", "https://facebook.com/marketplace/item/42")]
    public void Canonicalises_listing_urls(string input, string expected)
    {
        bool isValid = ListingUrl.TryCanonicalize(input, out string? canonical, out _, out _);

        Assert.True(isValid);
        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Platform_is_the_canonical_host()
    {
        ListingUrl.TryCanonicalize("https://m.marketplace.example/item/9?utm_medium=x", out _, out string? platform, out _);

        Assert.Equal("marketplace.example", platform);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a url")]
    [InlineData("ftp://shop.example/item/1")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:pass@shop.example/item")]
    [InlineData("https://localhost/item")]
    public void Refuses_what_is_not_a_web_address(string input)
    {
        bool isValid = ListingUrl.TryCanonicalize(input, out _, out _, out string? error);

        Assert.False(isValid);
        Assert.False(string.IsNullOrEmpty(error));
    }
}
