using System.Collections.Frozen;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// The extra check a public sign-up makes on top of Members' length rule (8 to 256): NIST SP 800-63B asks verifiers to
/// refuse passwords that are commonly used or derived from the account. Anyone can sign up, so the first guesses an
/// attacker tries must not work.
/// </summary>
internal static class SpotterPasswords
{
    // The most common 8+ character passwords in public breach corpora (NCSC's top list, lower-cased).
    private static readonly FrozenSet<string> s_common = new[]
    {
        "password", "password1", "password12", "password123", "12345678", "123456789", "1234567890", "11111111",
        "00000000", "87654321", "qwertyui", "qwertyuiop", "qwerty123", "1q2w3e4r", "1qaz2wsx", "abcd1234", "abcdefgh",
        "iloveyou", "sunshine", "princess", "football", "baseball", "welcome1", "letmein1", "trustno1", "passw0rd",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A reason the password is too easy to guess, or null when it is acceptable.</summary>
    public static string? WhyWeak(string password, string email)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(email);
        string folded = password.ToLowerInvariant();
        if (s_common.Contains(folded))
        {
            return "This password is one of the most common ones; choose another.";
        }

        if (folded.Distinct().Count() < 4)
        {
            return "Use at least four different characters.";
        }

        string local = email.Trim().ToLowerInvariant().Split('@')[0];
        return local.Length >= 4 && folded.Contains(local, StringComparison.Ordinal)
            ? "The password must not contain your e-mail address."
            : null;
    }
}
