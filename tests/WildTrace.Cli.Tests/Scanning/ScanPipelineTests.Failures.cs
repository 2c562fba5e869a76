using System.Text;
using WildTrace.Cli.Scanning;
using WildTrace.Cli.Tests.Support;

namespace WildTrace.Cli.Tests.Scanning;

public sealed partial class ScanPipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Surfaces_an_output_failure_without_hanging(int threads)
    {
        byte[] input = Encoding.UTF8.GetBytes(ManyListings(20_000));
        using FailingStream output = new(new MemoryStream(), failAfterBytes: 100_000);

        IOException error = Assert.Throws<IOException>(() => ScanPipeline.Run(
            new MemoryStream(input), output, s_scanner, new ScanPipelineOptions { Threads = threads }, CancellationToken.None));

        Assert.Equal("device failed", error.Message);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void Surfaces_an_input_failure_without_hanging(int threads)
    {
        byte[] input = Encoding.UTF8.GetBytes(ManyListings(20_000));
        using FailingStream failing = new(new MemoryStream(input), failAfterBytes: 500_000);

        IOException error = Assert.Throws<IOException>(() => ScanPipeline.Run(
            failing, new MemoryStream(), s_scanner, new ScanPipelineOptions { Threads = threads }, CancellationToken.None));

        Assert.Equal("device failed", error.Message);
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        byte[] input = Encoding.UTF8.GetBytes(ManyListings(20_000));
        using CancellationTokenSource cancel = new();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ScanPipeline.Run(
            new MemoryStream(input), new MemoryStream(), s_scanner, new ScanPipelineOptions { Threads = 4 }, cancel.Token));
    }

    private static string ManyListings(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => Jsonl.Line(new { id = $"L{i}", title = "ivory", text = "some words here" })));
}
