using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Konscious.Security.Cryptography;

namespace WildTrace.Hub.Members;

/// <summary>
/// Hashes sign-in passwords with Argon2id (RFC 9106) into a PHC-style string,
/// <c>$argon2id$v=19$m=19456,t=2,p=1$salt$hash</c>, so that the parameters travel with each hash and can be raised
/// later: <see cref="Verify"/> reads them from the string, and <see cref="NeedsRehash"/> tells sign-in to upgrade.
/// </summary>
/// <remarks>
/// Parameters are OWASP's Password Storage Cheat Sheet minimum for Argon2id (19 MiB, 2 passes, 1 lane): memory-hard so
/// that a leaked users table is costly to brute-force on GPUs, while 19 MiB per concurrent sign-in stays small beside the
/// hub's term matcher. Konscious is managed code, slower than native libargon2; measure a hash on the deployment machine
/// before raising them (docs/design/hub.md has the one figure measured so far). Salt 128 random bits, hash 256 bits.
/// </remarks>
internal static class PasswordHasher
{
    public const int MinLength = 8;   // NIST SP 800-63B floor
    public const int MaxLength = 256; // caps the work an anonymous sign-in can ask for
    public const int MemoryKiB = 19 * 1024;
    public const int Iterations = 2;
    public const int Parallelism = 1;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;
    private const string Prefix = "$argon2id$v=19$";

    /// <summary>True when <paramref name="password"/> is within the length limits the hub accepts.</summary>
    public static bool IsAcceptableLength(string? password) =>
        password is { Length: >= MinLength and <= MaxLength };

    public static string Hash(string password) => Hash(password, MemoryKiB, Iterations, Parallelism);

    /// <summary>Hashes with explicit parameters: tests use it to stand for hashes stored under older, weaker settings.</summary>
    internal static string Hash(string password, int memoryKiB, int iterations, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(password);
        byte[] salt = RandomNumberGenerator.GetBytes(SaltBytes);
        byte[] hash = Derive(password, salt, memoryKiB, iterations, parallelism, HashBytes);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Prefix}m={memoryKiB},t={iterations},p={parallelism}${Convert.ToBase64String(salt).TrimEnd('=')}${Convert.ToBase64String(hash).TrimEnd('=')}");
    }

    /// <summary>
    /// True when <paramref name="password"/> matches <paramref name="encoded"/>; compares in constant time. False (never
    /// an exception) for a malformed string or a password over <see cref="MaxLength"/>.
    /// </summary>
    public static bool Verify(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(encoded);
        if (password.Length > MaxLength || !TryDecode(encoded, out Parameters parameters))
        {
            return false;
        }

        byte[] actual = Derive(password, parameters.Salt, parameters.MemoryKiB, parameters.Iterations, parameters.Parallelism, parameters.Hash.Length);
        return CryptographicOperations.FixedTimeEquals(actual, parameters.Hash);
    }

    /// <summary>True when <paramref name="encoded"/> was made with weaker parameters than today's.</summary>
    public static bool NeedsRehash(string encoded) =>
        !TryDecode(encoded, out Parameters p) || p.MemoryKiB < MemoryKiB || p.Iterations < Iterations || p.Parallelism < Parallelism;

    private static byte[] Derive(string password, byte[] salt, int memoryKiB, int iterations, int parallelism, int length)
    {
        using Argon2id argon = new(Encoding.UTF8.GetBytes(password))
        {
            Salt = salt,
            MemorySize = memoryKiB,
            Iterations = iterations,
            DegreeOfParallelism = parallelism,
        };
        return argon.GetBytes(length);
    }

    private static bool TryDecode(string encoded, out Parameters parameters)
    {
        parameters = default;
        if (!encoded.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        string[] parts = encoded[Prefix.Length..].Split('$');
        if (parts.Length != 3)
        {
            return false;
        }

        int memory = 0, iterations = 0, parallelism = 0;
        foreach (string pair in parts[0].Split(','))
        {
            int equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || !int.TryParse(pair.AsSpan(equals + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                return false;
            }

            switch (pair[..equals])
            {
                case "m": memory = value; break;
                case "t": iterations = value; break;
                case "p": parallelism = value; break;
                default: return false;
            }
        }

        // Bounds keep a tampered row from asking for gigabytes or hours of work.
        if (memory is < 8 or > 1024 * 1024 || iterations is < 1 or > 100 || parallelism is < 1 or > 64
            || !TryFromBase64(parts[1], out byte[] salt) || !TryFromBase64(parts[2], out byte[] hash)
            || salt.Length < 8 || hash.Length < 16)
        {
            return false;
        }

        parameters = new Parameters(memory, iterations, parallelism, salt, hash);
        return true;
    }

    private static bool TryFromBase64(string unpadded, out byte[] bytes)
    {
        string padded = unpadded.PadRight(unpadded.Length + ((4 - (unpadded.Length % 4)) % 4), '=');
        bytes = new byte[padded.Length];
        if (!Convert.TryFromBase64String(padded, bytes, out int written))
        {
            return false;
        }

        bytes = bytes[..written];
        return true;
    }

    private readonly record struct Parameters(int MemoryKiB, int Iterations, int Parallelism, byte[] Salt, byte[] Hash);
}
