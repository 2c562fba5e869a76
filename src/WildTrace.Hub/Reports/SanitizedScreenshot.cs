using WildTrace.Detection.Imaging;

namespace WildTrace.Hub.Reports;

/// <summary>A re-encoded screenshot with no metadata, ready to store, and its PDQ hash and quality (0..100).</summary>
internal sealed record SanitizedScreenshot(string ContentType, byte[] Content, int Width, int Height, PdqHash Pdq, int Quality);
