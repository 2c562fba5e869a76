namespace WildTrace.Detection.Imaging;

/// <summary>A PDQ hash and the quality of the picture it came from.</summary>
/// <param name="Hash">The 256-bit hash.</param>
/// <param name="Quality">
/// 0 to 100: how much structure the picture has. PDQ advises discarding hashes below 50 (flat or tiny pictures hash
/// to mostly noise); ThreatExchange's conformance rule compares implementations only at 80 and above.
/// </param>
public readonly record struct PdqHashResult(PdqHash Hash, int Quality);
