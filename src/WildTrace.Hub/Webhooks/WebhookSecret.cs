using System.Security.Cryptography;

namespace WildTrace.Hub.Webhooks;

/// <summary>Standard Webhooks secrets: <c>whsec_</c> and the base64 of 32 random bytes (the spec allows 24 to 64).</summary>
internal static class WebhookSecret
{
    public const string Prefix = "whsec_";

    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The HMAC key of a secret; false when it is not a <c>whsec_</c> base64 secret.</summary>
    public static bool TryKey(string secret, out byte[] key)
    {
        ArgumentNullException.ThrowIfNull(secret);
        key = [];
        string encoded = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        Span<byte> buffer = stackalloc byte[64];
        if (!Convert.TryFromBase64String(encoded, buffer, out int written) || written < 24)
        {
            return false;
        }

        key = buffer[..written].ToArray();
        return true;
    }
}
