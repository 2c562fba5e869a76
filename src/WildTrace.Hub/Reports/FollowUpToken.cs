using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace WildTrace.Hub.Reports;

/// <summary>
/// The private link an anonymous reporter keeps: 256 random bits in base64url, stored only as SHA-256 (the token has
/// full entropy, so a fast hash is enough, as for API keys).
/// </summary>
internal static class FollowUpToken
{
    public const int Length = 43;

    public static (string Token, byte[] Hash) Create()
    {
        string token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static bool TryHash(string? token, out byte[] hash)
    {
        hash = [];
        if (token is not { Length: Length } || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        hash = Hash(token);
        return true;
    }

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.ASCII.GetBytes(token));
}
