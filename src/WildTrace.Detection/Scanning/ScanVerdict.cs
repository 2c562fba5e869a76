namespace WildTrace.Detection.Scanning;

/// <summary>What a platform should do with a listing, from <see cref="ScanResult.Score"/> and <see cref="ScanThresholds"/>.</summary>
public enum ScanVerdict
{
    /// <summary>No or weak evidence: publish.</summary>
    Allow = 0,

    /// <summary>Some evidence: hold for a trained reviewer.</summary>
    Review = 1,

    /// <summary>Strong evidence of an illegal offer: block.</summary>
    Block = 2,
}
