using System.Diagnostics.CodeAnalysis;
using WildTrace.Cli.Hashing;
using WildTrace.Detection.Imaging;
using WildTrace.Detection.Scanning;

namespace WildTrace.Cli.Scanning;

/// <summary>What <c>wildtrace scan</c> does with listing images: nothing (<c>--no-images</c>), or match them against
/// the <c>--bank</c> file or, without one, the bundled bank.</summary>
internal sealed record ImageSource(string? BankPath)
{
    /// <summary>Lines per batch while images are matched: one 800 x 600 PNG took ~60 ms to decode and hash here, so 8
    /// listings of a few images each are about a second of work per batch and every worker gets some, while a hand-off
    /// between threads still costs microseconds.</summary>
    public const int BatchLines = 8;

    public static ImageSource None { get; } = new(BankPath: null) { IsEnabled = false };

    public bool IsEnabled { get; private init; } = true;

    /// <summary>The image detector, or none when images are off or the bank is empty (then no image is even opened).</summary>
    public bool TryCreateDetectors([NotNullWhen(true)] out IReadOnlyList<IDetector>? detectors, [NotNullWhen(false)] out string? error)
    {
        detectors = [];
        error = null;
        if (!IsEnabled)
        {
            return true;
        }

        HashBank? bank;
        if (BankPath is null)
        {
            bank = BankFile.LoadBundled();
        }
        else if (!BankFile.TryLoad(BankPath, out bank, out error))
        {
            detectors = null;
            return false;
        }

        if (bank.Count > 0)
        {
            detectors = [new ImageMatchDetector(bank, new ImageMatchOptions { OpenImage = ListingImageFiles.Open })];
        }

        return true;
    }
}
