using System.Diagnostics;
using System.Globalization;
using WildTrace.Detection.Imaging;

namespace WildTrace.Cli.Hashing;

/// <summary>
/// <c>wildtrace hashes bench --images DIR</c>: decode+hash throughput over a folder of images, and in the same run the
/// time ImageMagick takes only to decode and resize the same files (<c>convert FILE -resize 512x512! ppm:-</c>), the
/// decoding step of the C++ reference.
/// </summary>
internal static class ImageBenchmark
{
    public static int Run(string directory, int rounds, string convert, TextWriter output, TextWriter error)
    {
        string[] files = [.. ImageFiles.Expand([directory])];
        byte[][] contents = [.. files.Select(File.ReadAllBytes)];
        PdqHasher hasher = PdqHasher.Default;

        // One untimed pass warms the JIT and ImageSharp's pools, as a long-running hasher would be.
        HashAll(hasher, contents);
        double[] ours = new double[rounds];
        for (int r = 0; r < rounds; r++)
        {
            ours[r] = HashAll(hasher, contents);
        }

        double[] magick = new double[rounds];
        bool hasMagick = true;
        for (int r = 0; r < rounds && hasMagick; r++)
        {
            hasMagick = TryImageMagick(convert, files, out magick[r]);
        }

        CultureInfo c = CultureInfo.InvariantCulture;
        double oursMedian = Median(ours);
        output.WriteLine(string.Create(c, $"images            {files.Length} files in {directory}, {rounds} rounds, {Environment.ProcessorCount} core(s) visible"));
        output.WriteLine(string.Create(c, $"wildtrace         median {oursMedian:F2} s per round = {files.Length / oursMedian:F1} images/s (decode + PDQ, from memory)"));
        if (!hasMagick)
        {
            error.WriteLine($"wildtrace: ImageMagick '{convert}' not found; install imagemagick for the baseline");
            return ExitCodes.Success;
        }

        double magickMedian = Median(magick);
        output.WriteLine(string.Create(c, $"imagemagick       median {magickMedian:F2} s per round = {files.Length / magickMedian:F1} images/s (convert -resize 512x512! ppm:-, decode + resize only)"));
        output.WriteLine(string.Create(c, $"ratio             wildtrace is {magickMedian / oursMedian:F1}x faster"));
        return ExitCodes.Success;
    }

    private static double HashAll(PdqHasher hasher, byte[][] contents)
    {
        long start = Stopwatch.GetTimestamp();
        foreach (byte[] content in contents)
        {
            hasher.TryHash(new MemoryStream(content, writable: false), out _, out _);
        }

        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static bool TryImageMagick(string convert, string[] files, out double seconds)
    {
        long start = Stopwatch.GetTimestamp();
        foreach (string file in files)
        {
            ProcessStartInfo info = new(convert) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add(file);
            info.ArgumentList.Add("-resize");
            info.ArgumentList.Add("512x512!");
            info.ArgumentList.Add("ppm:-");
            try
            {
                using Process process = Process.Start(info)!; // Start only returns null for shell-executed documents.
                Task<string> stderr = process.StandardError.ReadToEndAsync();
                process.StandardOutput.BaseStream.CopyTo(Stream.Null);
                process.WaitForExit();
                _ = stderr.Result;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                seconds = 0;
                return false;
            }
        }

        seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        return true;
    }

    private static double Median(double[] values)
    {
        double[] sorted = [.. values.Order()];
        return sorted[sorted.Length / 2];
    }
}
