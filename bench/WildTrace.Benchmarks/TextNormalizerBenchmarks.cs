using System.Text;
using BenchmarkDotNet.Attributes;
using WildTrace.Detection.Text;

namespace WildTrace.Benchmarks;

/// <summary>
/// Normalising listing-like text, against the BCL's <c>Normalize(FormKC) + ToLowerInvariant</c> in the same run
/// (goal: at least 300 MB/s per core; see docs/design/normalization.md).
/// </summary>
/// <remarks>
/// Reads <c>WILDTRACE_CORPUS</c> (a file of one listing per line, e.g. from ../shared/bench/gen_corpus.py) or falls
/// back to built-in listings. Run: <c>taskset -c 0 dotnet run -c Release --project bench/WildTrace.Benchmarks --
/// --filter '*TextNormalizer*'</c>.
/// </remarks>
[MemoryDiagnoser]
public class TextNormalizerBenchmarks
{
    private const int MaxLines = 5_000;

    // Built-in fallback: mostly ASCII, with Vietnamese, Chinese, Thai, Cyrillic, emoji and disguises.
    private static readonly string[] s_fallback =
    [
        "Selling genuine leather jacket, size M, $120 firm. Pickup downtown or call +1 639 222 4411 after 6pm.",
        "Vòng tay đồi mồi thật 100%, giá 1.500.000đ, liên hệ zalo 0912 345 678 🐢",
        "出售 纯天然 象牙 手镯 和 犀牛角 杯，价格 面议 ¥49198.99",
        "ขายงาช้างแท้ ราคาถูก ส่งฟรี ฿618 🐘",
        "Продаю бивень мамонта, 2 кг, доставка по России",
        "Genuine 1v0ry b a n g l e, rh!no h0rn cup, p4ng0l1n scales — DM for price",
        "Antique carved figurine, 10cm x 4cm, 250g, excellent condition, no chips. Shipping worldwide.",
    ];

    private string[] _lines = [];

    /// <summary>UTF-8 bytes of the lines, to turn times into MB/s.</summary>
    public long Bytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        string? path = Environment.GetEnvironmentVariable("WILDTRACE_CORPUS");
        _lines = path is not null && File.Exists(path)
            ? File.ReadLines(path).Take(MaxLines).ToArray()
            : Enumerable.Range(0, MaxLines).Select(i => s_fallback[i % s_fallback.Length]).ToArray();
        Bytes = _lines.Sum(line => (long)Encoding.UTF8.GetByteCount(line) + 1);
        TextNormalizer.Default.Normalize("warm the folding tables");
    }

    [Benchmark(Baseline = true, Description = "Normalize(FormKC)+ToLowerInvariant")]
    public int BclNormalizeAndLower()
    {
        int length = 0;
        foreach (string line in _lines)
        {
            length += line.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Length;
        }

        return length;
    }

    [Benchmark(Description = "TextNormalizer.Normalize")]
    public int Normalize()
    {
        int length = 0;
        foreach (string line in _lines)
        {
            length += TextNormalizer.Default.Normalize(line).Value.Length;
        }

        return length;
    }
}
