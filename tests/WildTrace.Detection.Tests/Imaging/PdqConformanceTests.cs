using WildTrace.Detection.Imaging;

namespace WildTrace.Detection.Tests.Imaging;

/// <summary>ThreatExchange's conformance rule (pdq/README.md) against the vectors in ../shared/data/pdq.</summary>
public sealed class PdqConformanceTests
{
    // Upstream: on real images with quality >= 80, within 10 bits of the C++ reference.
    private const int RealImageMaxDistance = 10;
    private const int RealImageMinQuality = 80;

    public static TheoryData<string> PnmFiles() => PnmRows("pnm_file");

    public static TheoryData<string> ImageFiles() => CppRows("image_path");

    [Theory]
    [MemberData(nameof(PnmFiles))]
    public void Decoded_pixels_hash_exactly_as_the_cpp_reference(string pnmFile)
    {
        Assert.SkipUnless(PdqTestData.IsPresent, PdqTestData.MissingMessage);
        Dictionary<string, string> expected = PdqTestData.ReadCsv("expected-hashes-decoded-pnm.csv").Single(r => r["pnm_file"] == pnmFile);
        Pnm pnm = Pnm.Read(PdqTestData.PathOf(pnmFile));

        PdqHashResult result = PdqHasher.HashPixels(pnm.Pixels, pnm.Width, pnm.Height, pnm.Channels, new float[256]);

        Assert.Equal(expected["pdq_hex"], result.Hash.ToString());
        Assert.Equal(int.Parse(expected["quality"], System.Globalization.CultureInfo.InvariantCulture), result.Quality);
    }

    [Theory]
    [MemberData(nameof(ImageFiles))]
    public void Real_images_of_good_quality_hash_within_ten_bits_of_the_cpp_reference(string imagePath)
    {
        Assert.SkipUnless(PdqTestData.IsPresent, PdqTestData.MissingMessage);
        Dictionary<string, string> expected = PdqTestData.ReadCsv("expected-hashes-cpp-reference.csv").Single(r => r["image_path"] == imagePath);
        int expectedQuality = int.Parse(expected["quality"], System.Globalization.CultureInfo.InvariantCulture);
        using FileStream stream = File.OpenRead(PdqTestData.PathOf(Path.Combine("images", imagePath)));

        bool isHashed = PdqHasher.Default.TryHash(stream, out PdqHashResult result, out string? error);

        Assert.True(isHashed, error);
        // I16.png: CImg keeps the low byte of 16-bit samples; we scale them (PdqHasherTests covers both).
        if (expectedQuality >= RealImageMinQuality && !imagePath.EndsWith("I16.png", StringComparison.Ordinal))
        {
            Assert.InRange(result.Hash.DistanceTo(PdqHash.Parse(expected["pdq_hex"])), 0, RealImageMaxDistance);
        }
    }

    private static TheoryData<string> PnmRows(string column) => Rows("expected-hashes-decoded-pnm.csv", column);

    private static TheoryData<string> CppRows(string column) => Rows("expected-hashes-cpp-reference.csv", column);

    private static TheoryData<string> Rows(string csv, string column)
    {
        // Without the data, one placeholder row lets each theory run once and skip with the message.
        TheoryData<string> data = [];
        if (!PdqTestData.IsPresent)
        {
            data.Add("(no data)");
            return data;
        }

        foreach (Dictionary<string, string> row in PdqTestData.ReadCsv(csv))
        {
            data.Add(row[column]);
        }

        return data;
    }
}
