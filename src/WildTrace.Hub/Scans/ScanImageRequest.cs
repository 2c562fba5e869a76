using System.ComponentModel;

namespace WildTrace.Hub.Scans;

/// <summary>A listing image by its PDQ hash, matched against the shared hash banks.</summary>
internal sealed record ScanImageRequest(
    [property: Description("The image's PDQ hash: 64 hexadecimal digits.")] string? Pdq,
    [property: Description("Where the image is; echoed only, never opened by the hub.")] string? Path);
