using System.Collections.Frozen;
using System.Text.RegularExpressions;
using PhoneNumbers;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scoring;

/// <summary>
/// Finds phone numbers with libphonenumber (docs/decisions/0003-libphonenumber-for-contact-signals.md): a number counts
/// only when it is valid for its country, so prices, years, dates, sizes and model numbers ("1,500,000", "2025",
/// "03/01/2025", "iPhone 14 Pro 256GB") are not contact channels. Numbers written with a country code ("+84 …") are
/// found whatever the listing; national ones ("0912 345 678") are read in the listing's region, taken from its currency,
/// or in each of a few regions when the currency names none (EUR, none given).
/// </summary>
internal static partial class PhoneSignals
{
    // Fewer digits than the shortest national numbers worth reporting (7: many fixed lines) cannot hold a phone number;
    // counting them first keeps libphonenumber's parser off most listings, which have a price and nothing else.
    private const int MinDigits = 7;

    // libphonenumber gives up on a text after this many candidates that fail validation: a listing full of numbers
    // (a price table) costs at most this many parses per region.
    private const int MaxInvalidTries = 16;

    // The regions tried when the currency names none: the largest markets of the term database's languages.
    private static readonly string[] s_fallbackRegions = ["US", "GB", "IN", "CN"];

    // Euro listings: the euro-area countries whose languages the term database covers.
    private static readonly string[] s_euroRegions = ["DE", "FR", "ES", "IT", "NL", "PT"];

    private static readonly FrozenDictionary<string, string> s_regionOfCurrency = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "US", ["GBP"] = "GB", ["CNY"] = "CN", ["RMB"] = "CN", ["TWD"] = "TW", ["HKD"] = "HK", ["JPY"] = "JP",
        ["KRW"] = "KR", ["VND"] = "VN", ["THB"] = "TH", ["IDR"] = "ID", ["MYR"] = "MY", ["PHP"] = "PH", ["SGD"] = "SG",
        ["INR"] = "IN", ["RUB"] = "RU", ["BRL"] = "BR", ["KES"] = "KE", ["TZS"] = "TZ", ["UGX"] = "UG", ["AED"] = "AE",
        ["SAR"] = "SA", ["EGP"] = "EG", ["NGN"] = "NG", ["ZAR"] = "ZA", ["MXN"] = "MX", ["LAK"] = "LA", ["KHR"] = "KH",
        ["MMK"] = "MM", ["AUD"] = "AU", ["CAD"] = "CA", ["CHF"] = "CH",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<PhoneNumberUtil> s_util = new(PhoneNumberUtil.GetInstance);

    /// <summary>The regions whose national numbering is tried for a listing in <paramref name="currency"/>.</summary>
    public static IReadOnlyList<string> RegionsFor(string? currency) =>
        currency is null ? s_fallbackRegions
        : s_regionOfCurrency.TryGetValue(currency, out string? region) ? [region]
        : string.Equals(currency, "EUR", StringComparison.OrdinalIgnoreCase) ? s_euroRegions
        : s_fallbackRegions;

    /// <summary>Adds a contact signal for each valid phone number in <paramref name="text"/>.</summary>
    /// <remarks>libphonenumber's own search runs a large pattern over the whole text, about 70 µs per listing and
    /// region (ADR 0002), and a euro or unknown currency means several regions. So a loose pattern first picks the
    /// stretches that could hold a number (a digit, then 5–18 digits and separators, then a digit) and
    /// <c>FindNumbers</c> reads only those, stopping at the first region that finds a valid number there.</remarks>
    public static void FindAll(string text, ListingField field, IReadOnlyList<string> regions, List<Signal> signals)
    {
        if (!HasEnoughDigits(text))
        {
            return;
        }

        foreach (ValueMatch candidate in Candidate().EnumerateMatches(text))
        {
            // An opening bracket belongs to the number ("(650) 253-0000"); the pattern starts at the digit after it.
            int start = candidate.Index > 0 && text[candidate.Index - 1] == '(' ? candidate.Index - 1 : candidate.Index;
            string window = text[start..(candidate.Index + candidate.Length)];
            foreach (string region in regions)
            {
                bool isFound = false;
                foreach (PhoneNumberMatch match in s_util.Value.FindNumbers(window, region, PhoneNumberUtil.Leniency.VALID, MaxInvalidTries))
                {
                    TextSpan span = new(start + match.Start, start + match.Start + match.Length);
                    signals.Add(new Signal(RiskReasonKind.Contact, field, span, "phone number", ""));
                    isFound = true;
                }

                if (isFound)
                {
                    break;
                }
            }
        }
    }

    // Seven to twenty digits with spaces, dashes, dots or brackets between them, not inside a word: every phone number
    // libphonenumber could accept, and a superset of it (prices, dates), which FindNumbers then judges.
    [GeneratedRegex(@"(?<![\w+])\+?\d[\d \-.()]{5,18}\d(?!\w)", RegexOptions.CultureInvariant, 250)]
    private static partial Regex Candidate();

    private static bool HasEnoughDigits(string text)
    {
        int digits = 0;
        foreach (char c in text)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            if (digits >= MinDigits)
            {
                return true;
            }
        }

        return false;
    }
}
