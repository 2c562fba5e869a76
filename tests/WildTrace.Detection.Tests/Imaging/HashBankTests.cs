using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Tests.Imaging;

public sealed partial class HashBankTests
{
    private static readonly HashLabels s_ivory = new("Loxodonta africana", "ivory carving", "member:7", 0.9);

    // 20,000 random hashes (enough for the index, not a scan) plus, around 40 query centres, one planted neighbour at
    // every distance 0..32, so each radius's boundary is crossed by real entries.
    private static readonly (List<HashBankEntry> Entries, List<PdqHash> Queries) s_data = Generate();
    private static readonly HashBank s_bank = HashBank.Create(s_data.Entries);

    [Theory]
    // Around PDQ's threshold, where the pigeonhole radius changes (d / 8)
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(23)]
    [InlineData(24)]
    // Exact duplicates only, and small radii
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(8)]
    // The largest indexed radius, and a scan beyond it
    [InlineData(39)]
    [InlineData(40)]
    public void Finds_exactly_what_a_brute_force_scan_finds(int maxDistance)
    {
        foreach (PdqHash query in s_data.Queries)
        {
            IReadOnlyList<HashBankMatch> found = s_bank.FindWithin(query, maxDistance);

            Assert.Equal(RandomHashes.BruteForce(s_data.Entries, query, maxDistance), RandomHashes.Sorted(found));
        }
    }

    [Fact]
    public void Planted_neighbours_up_to_31_bits_match_at_the_default_threshold()
    {
        PdqHash query = s_data.Queries[0];

        IReadOnlyList<HashBankMatch> found = s_bank.FindWithin(query);

        Assert.Equal(Enumerable.Range(0, 32), found.Where(m => m.Labels.Source == "planted:0").Select(m => m.Distance));
    }

    [Fact]
    public void Returns_matches_nearest_first_with_their_labels()
    {
        PdqHash query = s_data.Queries[1];

        IReadOnlyList<HashBankMatch> found = s_bank.FindWithin(query);

        Assert.Equal(found.OrderBy(m => m.Distance).Select(m => m.Distance), found.Select(m => m.Distance));
        Assert.Equal(query, found[0].Hash);
        Assert.Equal("planted:1", found[0].Labels.Source);
    }

    [Fact]
    public void Added_hash_matches_at_once_without_a_rebuild()
    {
        Random random = new(7);
        PdqHash fresh = RandomHashes.Next(random);

        HashBank bigger = s_bank.Add([new HashBankEntry(fresh, s_ivory)]);

        HashBankMatch match = Assert.Single(bigger.FindWithin(RandomHashes.Flip(fresh, 12, random)));
        Assert.Equal((fresh, s_ivory, 12), (match.Hash, match.Labels, match.Distance));
        Assert.Equal(s_bank.Count + 1, bigger.Count);
        Assert.Empty(s_bank.FindWithin(fresh));
    }

    [Fact]
    public void Removed_hash_stops_matching_and_can_be_added_again()
    {
        PdqHash query = s_data.Queries[2];
        PdqHash planted = s_bank.FindWithin(query, 0).Single().Hash;

        HashBank removed = s_bank.Remove([planted]);
        HashBank readded = removed.Add([new HashBankEntry(planted, s_ivory)]);

        Assert.DoesNotContain(removed.FindWithin(query), m => m.Hash == planted);
        Assert.Equal(s_bank.Count - 1, removed.Count);
        Assert.Contains(readded.FindWithin(query), m => m.Hash == planted && m.Labels == s_ivory);
        Assert.Contains(s_bank.FindWithin(query), m => m.Hash == planted);
    }

    [Fact]
    public void Many_small_additions_stay_exact_and_merge_into_few_segments()
    {
        Random random = new(42);
        HashBank bank = HashBank.Empty;
        List<HashBankEntry> all = [];
        for (int batch = 0; batch < 300; batch++)
        {
            List<HashBankEntry> entries = [.. Enumerable.Range(0, 1 + random.Next(100)).Select(i => new HashBankEntry(RandomHashes.Next(random), s_ivory))];
            all.AddRange(entries);
            bank = bank.Add(entries);
        }

        PdqHash query = all[1234].Hash;
        HashBankEntry planted = new(RandomHashes.Flip(query, 30, random), s_ivory);
        bank = bank.Add([planted]);
        all.Add(planted);

        Assert.Equal(all.Count, bank.Count);
        Assert.InRange(bank.SegmentCount, 1, 20);
        Assert.Equal(RandomHashes.BruteForce(all, query, 31), RandomHashes.Sorted(bank.FindWithin(query)));
    }

    [Fact]
    public void Compact_keeps_visible_entries_only()
    {
        PdqHash removedHash = s_data.Entries[5].Hash;
        HashBank bank = s_bank.Remove([removedHash]).Add([new HashBankEntry(RandomHashes.Next(new Random(3)), s_ivory)]);

        HashBank compacted = bank.Compact();

        Assert.Equal(bank.Count, compacted.Count);
        Assert.Equal(bank.Count, compacted.Entries.Count());
        Assert.Equal(1, compacted.SegmentCount);
        Assert.Empty(compacted.FindWithin(removedHash, 0));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(257)]
    public void Distance_outside_0_to_256_is_a_bug(int maxDistance)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => s_bank.FindWithin(s_data.Queries[0], maxDistance));
    }

    [Fact]
    public void Empty_bank_finds_nothing()
    {
        Assert.Empty(HashBank.Empty.FindWithin(s_data.Queries[0], PdqHash.Bits));
    }

    private static (List<HashBankEntry>, List<PdqHash>) Generate()
    {
        Random random = new(42);
        List<HashBankEntry> entries = [.. Enumerable.Range(0, 20_000).Select(i => new HashBankEntry(RandomHashes.Next(random), HashLabels.None))];
        List<PdqHash> queries = [];
        for (int q = 0; q < 40; q++)
        {
            PdqHash centre = RandomHashes.Next(random);
            queries.Add(centre);
            HashLabels planted = new("Manis", "scales", "planted:" + q.ToString(System.Globalization.CultureInfo.InvariantCulture), 1.0);
            for (int d = 0; d <= 32; d++)
            {
                entries.Insert(random.Next(entries.Count), new HashBankEntry(RandomHashes.Flip(centre, d, random), planted));
            }
        }

        return (entries, queries);
    }
}
