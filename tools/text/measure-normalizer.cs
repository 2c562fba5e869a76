#:project ../../src/WildTrace.Detection/WildTrace.Detection.csproj
#:property Configuration=Release
// Quick throughput check of TextNormalizer against Normalize(FormKC)+ToLowerInvariant on the same lines, in CPU time
// (the build machines are shared, so wall time is noisy), best of 12 rounds. Usage, pinned to one core:
//   CORPUS_BYTES=20000000 python3 ../shared/bench/gen_corpus.py /tmp/corpus20
//   taskset -c 0 dotnet run -c Release tools/text/measure-normalizer.cs -- /tmp/corpus20/corpus.txt
using System.Diagnostics;
using System.Text;
using WildTrace.Detection.Text;

string[] lines = File.ReadAllLines(args.Length > 0 ? args[0] : "/tmp/corpus20/corpus.txt");
long bytes = lines.Sum(line => (long)Encoding.UTF8.GetByteCount(line) + 1);
long start = Stopwatch.GetTimestamp();
TextNormalizer.Default.Normalize("warm up");
Console.WriteLine($"first call (builds the folding tables): {Stopwatch.GetElapsedTime(start).TotalMilliseconds:F0} ms");

double Best(Action<string> normalize)
{
    double best = 0;
    for (int round = 0; round < 12; round++)
    {
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (string line in lines)
        {
            normalize(line);
        }

        best = Math.Max(best, bytes / 1e6 / (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
    }

    return best;
}

double ours = Best(line => _ = TextNormalizer.Default.Normalize(line));
double bcl = Best(line => _ = line.Normalize(NormalizationForm.FormKC).ToLowerInvariant());
Console.WriteLine($"{lines.Length} lines, {bytes / 1e6:F1} MB of UTF-8");
Console.WriteLine($"TextNormalizer.Normalize              {ours,7:F1} MB/s");
Console.WriteLine($"Normalize(FormKC)+ToLowerInvariant    {bcl,7:F1} MB/s");
Console.WriteLine($"ratio                                 {ours / bcl,7:F2}");
