using System.Security.Cryptography;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>
/// The text form of an API key: <c>wtk_{keyId}_{secret}</c>. The prefix lets secret scanners (and people) recognise a
/// leaked key; the key id (72 random bits) finds the row; the secret is 256 random bits, stored only as SHA-256.
/// </summary>
internal static class ApiKeySecret
{
    public const string Prefix = "wtk_";
    private const int KeyIdBytes = 9; // 12 base64url characters = ApiKey.KeyIdLength
    private const int SecretBytes = 32;
    private const int SecretChars = 43; // base64url of 32 bytes, no padding

    /// <summary>Creates a new random key; the caller shows <paramref name="text"/> once and stores the rest.</summary>
    public static (string Text, string KeyId, byte[] SecretHash) Create()
    {
        string keyId = Base64Url(RandomNumberGenerator.GetBytes(KeyIdBytes));
        string secret = Base64Url(RandomNumberGenerator.GetBytes(SecretBytes));
        return ($"{Prefix}{keyId}_{secret}", keyId, Hash(secret));
    }

    /// <summary>Splits a presented key; false when it is not shaped like one (no database lookup is needed then).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out string keyId, out byte[] secretHash)
    {
        keyId = "";
        secretHash = [];
        if (text.Length != Prefix.Length + ApiKey.KeyIdLength + 1 + SecretChars
            || !text.StartsWith(Prefix, StringComparison.Ordinal)
            || text[Prefix.Length + ApiKey.KeyIdLength] != '_')
        {
            return false;
        }

        ReadOnlySpan<char> id = text.Slice(Prefix.Length, ApiKey.KeyIdLength);
        ReadOnlySpan<char> secret = text[(Prefix.Length + ApiKey.KeyIdLength + 1)..];
        if (!IsBase64Url(id) || !IsBase64Url(secret))
        {
            return false;
        }

        keyId = id.ToString();
        secretHash = Hash(secret.ToString());
        return true;
    }

    /// <summary>Compares in constant time, so response timing says nothing about how much of a guess was right.</summary>
    public static bool Matches(byte[] storedHash, byte[] presentedHash) =>
        CryptographicOperations.FixedTimeEquals(storedHash, presentedHash);

    private static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(secret));

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static bool IsBase64Url(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
