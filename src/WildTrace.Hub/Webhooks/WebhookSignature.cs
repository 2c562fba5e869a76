using System.Security.Cryptography;
using System.Text;

namespace WildTrace.Hub.Webhooks;

/// <summary>
/// Standard Webhooks 1.0 signatures: <c>v1,</c> + base64 HMAC-SHA256 over <c>{webhook-id}.{webhook-timestamp}.{body}</c>.
/// The header carries one signature per live secret, space-separated, so a member can rotate its secret without a gap;
/// a verifier accepts the message when ANY of them matches (the StandardWebhooks 1.1.2 package checks only the first,
/// research/reliability-security-api.md, which is why this is written here). Stateless; thread-safe.
/// </summary>
internal static class WebhookSignature
{
    public static string Sign(IEnumerable<string> secrets, string messageId, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        byte[] content = Content(messageId, timestamp, body);
        List<string> signatures = [];
        foreach (string secret in secrets)
        {
            if (WebhookSecret.TryKey(secret, out byte[] key))
            {
                signatures.Add("v1," + Convert.ToBase64String(HMACSHA256.HashData(key, content)));
            }
        }

        return string.Join(' ', signatures);
    }

    /// <summary>True when one of the header's <c>v1</c> signatures is <paramref name="secret"/>'s, compared in constant time.</summary>
    public static bool Verify(string secret, string messageId, long timestamp, string body, string signatureHeader)
    {
        ArgumentNullException.ThrowIfNull(signatureHeader);
        if (!WebhookSecret.TryKey(secret, out byte[] key))
        {
            return false;
        }

        byte[] expected = HMACSHA256.HashData(key, Content(messageId, timestamp, body));
        Span<byte> presented = stackalloc byte[64];
        foreach (string entry in signatureHeader.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (entry.StartsWith("v1,", StringComparison.Ordinal)
                && Convert.TryFromBase64String(entry[3..], presented, out int written)
                && CryptographicOperations.FixedTimeEquals(presented[..written], expected))
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] Content(string messageId, long timestamp, string body) =>
        Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{messageId}.{timestamp}.{body}"));
}
