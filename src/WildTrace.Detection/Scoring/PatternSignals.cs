using System.Buffers;
using System.Text.RegularExpressions;
using WildTrace.Detection.Scanning;
using WildTrace.Detection.Text;

namespace WildTrace.Detection.Scoring;

/// <summary>Signals with a shape rather than a vocabulary: phone numbers (<see cref="PhoneSignals"/>), messaging handles,
/// e-mail and web addresses, prices and quantities. Run on the original text, so spans need no mapping.</summary>
/// <remarks>Matches are bounded by the 250 ms timeout on each pattern.</remarks>
internal static partial class PatternSignals
{
    private static readonly SearchValues<char> s_addressMarks = SearchValues.Create("@/.");

    /// <param name="text">The field's original text.</param>
    /// <param name="field">The field it came from.</param>
    /// <param name="phoneRegions">Where national phone numbers are read (<see cref="PhoneSignals.RegionsFor"/>).</param>
    /// <param name="signals">Receives the signals.</param>
    public static void FindAll(string text, ListingField field, IReadOnlyList<string> phoneRegions, List<Signal> signals)
    {
        if (text.Length == 0)
        {
            return;
        }

        // Each guard is one vectorised scan that lets patterns skip texts they cannot match. The price pattern starts
        // at a digit or a currency sign, with currency codes in a lookbehind, so its search is vectorised too; a
        // leading code alternation made it the costliest step of scoring (bench ScoringBenchmarks).
        bool hasDigit = text.AsSpan().ContainsAnyInRange('0', '9');
        if (hasDigit)
        {
            PhoneSignals.FindAll(text, field, phoneRegions, signals);
            Add(Price(), text, field, RiskReasonKind.Price, "price", signals);
            Add(Amount(), text, field, RiskReasonKind.Quantity, "quantity", signals);
        }

        Add(Handle(), text, field, RiskReasonKind.Contact, "messaging handle", signals);

        if (text.AsSpan().ContainsAny(s_addressMarks))
        {
            Add(Address(), text, field, RiskReasonKind.Contact, "e-mail or web address", signals);
        }
    }

    private static void Add(Regex regex, string text, ListingField field, RiskReasonKind kind, string label, List<Signal> signals)
    {
        foreach (ValueMatch match in regex.EnumerateMatches(text))
        {
            signals.Add(new Signal(kind, field, new TextSpan(match.Index, match.Index + match.Length), label, ""));
        }
    }

    [GeneratedRegex(@"\b(?:whats\s?app|wa|wechat|weixin|vx|wx|line(?:\s?id)?|telegram|tg|zalo|viber|signal|kakao(?:talk)?|ig|dm|pm)\b\s*[:：@]?\s*[\w.@+-]{3,}|\b(?:t\.me|wa\.me)/\w+|加?微信号?|加微|line\s?id", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Handle();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|\bhttps?://\S+|\bwww\.\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Address();

    [GeneratedRegex(@"(?:[$€£¥₫₹₽₱฿₩円元]\s?|(?<=\b(?:usd|eur|rmb|cny|vnd|idr|rp|rm|ksh|php|thb|inr|nt\$|r\$|aed)\s?))\d+(?:[.,]\d+)*(?:\s?[kK](?![a-zA-Z]))?|\d+(?:[.,]\d+)*(?:\s?[kK](?![a-zA-Z]))?\s?(?:[$€£¥₫₹₽₱฿₩円元원đ]|\b(?:usd|eur|rmb|cny|vnd|idr|rp|rm|ksh|baht|bath|tr|triệu|ngàn|nghìn|rb|ribu|euro|dollars?)\b|块)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Price();

    [GeneratedRegex(@"\b\d+\s?(?:kg|kgs|g|gr|gram|pcs|pc|pieces|lots?|tấn|tons?|tonnes?)\b|\bx\d+\b|\d+\s?(?:公斤|克|斤|只|个|根|片)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 250)]
    private static partial Regex Amount();
}
