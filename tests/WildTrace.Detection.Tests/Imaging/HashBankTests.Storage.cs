using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Tests.Imaging;

public sealed partial class HashBankTests
{
    [Fact]
    public void Round_trips_through_a_stream()
    {
        HashBank bank = s_bank.Remove([s_data.Entries[0].Hash]).Add([new HashBankEntry(RandomHashes.Next(new Random(9)), s_ivory)]);
        using MemoryStream file = new();

        bank.WriteTo(file);
        file.Position = 0;
        bool isRead = HashBank.TryReadFrom(file, out HashBank? read, out string? error);

        Assert.True(isRead, error);
        Assert.NotNull(read);
        Assert.Equal(bank.Count, read.Count);
        Assert.Equal(Ordered(bank.Entries), Ordered(read.Entries));
    }

    [Fact]
    public void File_costs_little_more_than_the_hashes()
    {
        using MemoryStream file = new();

        s_bank.WriteTo(file);

        // 32 bytes of hash and a 1-byte label index per entry, plus a header, 41 label sets and the checksum.
        Assert.InRange(file.Length, s_bank.Count * 33L, (s_bank.Count * 33L) + 4096);
    }

    [Theory]
    // A flipped bit anywhere: header, labels, hashes, checksum. Some are caught by a sanity check before the checksum.
    [InlineData(20, "corrupt hash bank: label longer than 4096 bytes")]
    [InlineData(9, "corrupt hash bank: file is truncated")]
    [InlineData(200, "corrupt hash bank: checksum mismatch")]
    [InlineData(-5000, "corrupt hash bank: checksum mismatch")]
    [InlineData(-1, "corrupt hash bank: checksum mismatch")]
    // Not a bank at all
    [InlineData(0, "not a WildTrace hash bank (bad magic number)")]
    public void Refuses_a_corrupt_file(int offset, string expected)
    {
        byte[] bytes = Bytes(s_bank);
        bytes[offset >= 0 ? offset : bytes.Length + offset] ^= 0x10;

        bool isRead = HashBank.TryReadFrom(new MemoryStream(bytes), out _, out string? error);

        Assert.False(isRead);
        Assert.Equal(expected, error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(100_000)]
    public void Refuses_a_truncated_file(int missing)
    {
        byte[] bytes = Bytes(s_bank);

        bool isRead = HashBank.TryReadFrom(new MemoryStream(bytes[..^missing]), out _, out string? error);

        Assert.False(isRead);
        Assert.Equal("corrupt hash bank: file is truncated", error);
    }

    [Fact]
    public void Refuses_data_after_the_checksum()
    {
        byte[] bytes = [.. Bytes(s_bank), 0];

        bool isRead = HashBank.TryReadFrom(new MemoryStream(bytes), out _, out string? error);

        Assert.False(isRead);
        Assert.StartsWith("corrupt hash bank:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_bank_round_trips()
    {
        bool isRead = HashBank.TryReadFrom(new MemoryStream(Bytes(HashBank.Empty)), out HashBank? read, out string? error);

        Assert.True(isRead, error);
        Assert.NotNull(read);
        Assert.Equal(0, read.Count);
    }

    private static byte[] Bytes(HashBank bank)
    {
        using MemoryStream file = new();
        bank.WriteTo(file);
        return file.ToArray();
    }

    private static List<string> Ordered(IEnumerable<HashBankEntry> entries) =>
        [.. entries.Select(e => $"{e.Hash} {e.Labels}").Order(StringComparer.Ordinal)];
}
