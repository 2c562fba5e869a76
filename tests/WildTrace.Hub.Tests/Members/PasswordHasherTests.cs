using WildTrace.Hub.Members;

namespace WildTrace.Hub.Tests.Members;

public sealed class PasswordHasherTests
{
    [Fact]
    public void Verifies_the_password_it_hashed_and_refuses_another()
    {
        string encoded = PasswordHasher.Hash("tiger bone wine 2026");

        Assert.True(PasswordHasher.Verify("tiger bone wine 2026", encoded));
        Assert.False(PasswordHasher.Verify("tiger bone wine 2027", encoded));
    }

    [Fact]
    public void Encodes_algorithm_parameters_and_salt_in_the_stored_string()
    {
        string encoded = PasswordHasher.Hash("pangolin scales");

        Assert.StartsWith("$argon2id$v=19$m=19456,t=2,p=1$", encoded, StringComparison.Ordinal);
        Assert.Equal(6, encoded.Split('$').Length);
        Assert.DoesNotContain("pangolin", encoded, StringComparison.Ordinal);
    }

    [Fact]
    public void Salts_each_hash_so_equal_passwords_store_differently()
    {
        string first = PasswordHasher.Hash("same password");
        string second = PasswordHasher.Hash("same password");

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Verifies_hashes_made_with_older_parameters_and_asks_for_a_rehash()
    {
        string older = PasswordHasher.Hash("rhino horn", memoryKiB: 8192, iterations: 1, parallelism: 1);
        string tampered = older.Replace("t=1", "t=2", StringComparison.Ordinal);

        Assert.True(PasswordHasher.Verify("rhino horn", older));
        Assert.False(PasswordHasher.Verify("rhino horn", tampered));
        Assert.True(PasswordHasher.NeedsRehash(older));
        Assert.False(PasswordHasher.NeedsRehash(PasswordHasher.Hash("rhino horn")));
    }

    [Theory]
    // Not an Argon2id PHC string
    [InlineData("")]
    [InlineData("plain text password")]
    [InlineData("$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA")]
    // Parameters out of bounds (a tampered row must not ask for unbounded work)
    [InlineData("$argon2id$v=19$m=99999999,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA")]
    [InlineData("$argon2id$v=19$m=19456,t=0,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA")]
    // Broken base64
    [InlineData("$argon2id$v=19$m=19456,t=2,p=1$!!!$aGFzaGhhc2hoYXNoaGFzaA")]
    public void Refuses_malformed_stored_strings_without_throwing(string encoded)
    {
        bool verified = PasswordHasher.Verify("whatever password", encoded);

        Assert.False(verified);
    }

    [Fact]
    public void Refuses_passwords_longer_than_the_cap_without_hashing_them()
    {
        string encoded = PasswordHasher.Hash(new string('a', PasswordHasher.MaxLength));

        Assert.True(PasswordHasher.Verify(new string('a', PasswordHasher.MaxLength), encoded));
        Assert.False(PasswordHasher.Verify(new string('a', PasswordHasher.MaxLength + 1), encoded));
    }

    [Theory]
    [InlineData(7, false)]
    [InlineData(8, true)]
    [InlineData(256, true)]
    [InlineData(257, false)]
    public void Accepts_passwords_of_8_to_256_characters(int length, bool acceptable)
    {
        bool actual = PasswordHasher.IsAcceptableLength(new string('x', length));

        Assert.Equal(acceptable, actual);
    }
}
