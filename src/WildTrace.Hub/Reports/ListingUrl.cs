using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace WildTrace.Hub.Reports;

/// <summary>
/// Canonical listing URLs, so that two spotters who copy the same listing from the app and from a desktop browser file
/// one case: https, lower-case host without <c>www.</c>/<c>m.</c>/<c>mobile.</c>, no fragment, no trailing slash, no
/// tracking parameters, the remaining parameters sorted. Only forms that can be resolved offline are folded: the hub
/// never follows a reporter's link (that would let anyone make it fetch arbitrary URLs).
/// </summary>
internal static class ListingUrl
{
    public const int MaxLength = 2048;

    private static readonly string[] s_mobilePrefixes = ["www.", "m.", "mobile.", "mbasic.", "touch.", "web."];

    // Click and share identifiers added by ad networks, mail tools and share sheets; none of them names the listing.
    private static readonly FrozenSet<string> s_tracking = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid", "igsh", "mc_cid",
        "mc_eid", "_ga", "_gl", "ref", "ref_src", "ref_url", "si", "spm", "scm", "share_id", "sharer", "from", "s_trk");

    // Short or alternative hosts whose target is known without a network call.
    private static readonly FrozenDictionary<string, string> s_hostAliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["fb.com"] = "facebook.com",
        ["fb.me"] = "facebook.com",
        ["instagr.am"] = "instagram.com",
        ["x.com"] = "twitter.com",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Canonicalises <paramref name="text"/>; false (with a reason for the reporter) when it is not a web address.</summary>
    public static bool TryCanonicalize(
        string? text, [NotNullWhen(true)] out string? canonical, [NotNullWhen(true)] out string? platform, [NotNullWhen(false)] out string? error)
    {
        canonical = null;
        platform = null;
        string trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > MaxLength)
        {
            error = $"The listing URL is required and must be at most {MaxLength} characters.";
            return false;
        }

        if (!trimmed.Contains("://", StringComparison.Ordinal))
        {
            trimmed = "https://" + trimmed; // people paste "shop.example/item/1" from the address bar
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("http" or "https")
            || uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6)
            || uri.UserInfo.Length > 0 || !uri.IdnHost.Contains('.', StringComparison.Ordinal))
        {
            error = "The listing URL must be a web address such as https://shop.example/item/123.";
            return false;
        }

        string host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        foreach (string prefix in s_mobilePrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.IndexOf('.', prefix.Length) > 0)
            {
                host = host[prefix.Length..];
                break;
            }
        }

        host = s_hostAliases.GetValueOrDefault(host, host);
        string path = uri.AbsolutePath;
        string query = CanonicalQuery(uri.Query);
        if (host == "youtu.be" && path.Length > 1)
        {
            query = "?v=" + path[1..];
            host = "youtube.com";
            path = "/watch";
        }

        if (path.Length > 1)
        {
            path = path.TrimEnd('/');
        }

        platform = host;
        canonical = "https://" + host + (path == "/" ? "" : path) + query;
        error = null;
        return canonical.Length <= MaxLength || Fail(out error);
    }

    private static bool Fail(out string error)
    {
        error = $"The listing URL must be at most {MaxLength} characters.";
        return false;
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        List<(string Key, string Pair)> kept = [];
        foreach (string pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            string key = equals < 0 ? pair : pair[..equals];
            if (!key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) && !s_tracking.Contains(key))
            {
                kept.Add((key, pair));
            }
        }

        if (kept.Count == 0)
        {
            return "";
        }

        StringBuilder builder = new("?");
        foreach ((_, string pair) in kept.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Pair, StringComparer.Ordinal))
        {
            builder.Append(builder.Length > 1 ? "&" : "").Append(pair);
        }

        return builder.ToString();
    }
}
