using System.Text.RegularExpressions;
using WildTrace.Detection.Text;

namespace WildTrace.Hub.Learning;

/// <summary>
/// Addresses, e-mails and handles in a listing's original text. Sellers repeat their own contact details across
/// listings, so without this mask a shop's URL or Telegram handle would rank like a code word. Phone numbers need no
/// pattern: tokens with digits are dropped anyway (<see cref="ListingTokenizer"/>).
/// </summary>
internal static partial class ContactDetails
{
    public static List<TextSpan> FindSpans(string original)
    {
        List<TextSpan> spans = [];
        foreach (ValueMatch match in Pattern().EnumerateMatches(original))
        {
            spans.Add(new TextSpan(match.Index, match.Index + match.Length));
        }

        return spans;
    }

    // Scheme or www URLs; bare hosts ending in a common top-level domain (shop.example.com, t.me/x, wa.me/123);
    // e-mail addresses; @handles. Listing text is capped at SpotterReport.MaxListingTextLength, and no part nests
    // quantifiers, so matching stays linear.
    [GeneratedRegex(
        @"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|shop|store|io|co|me|ly|vn|cn|id|th|ph|my|ru|uk|de|fr|es|in)\b(?:/\S*)?|@\w+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
