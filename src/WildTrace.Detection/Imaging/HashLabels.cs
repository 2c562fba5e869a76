namespace WildTrace.Detection.Imaging;

/// <summary>What a banked hash is known to show, and who says so. Immutable.</summary>
/// <param name="Species">The species shown, e.g. <c>Loxodonta africana</c>; empty when unknown.</param>
/// <param name="Product">The product, e.g. <c>ivory carving</c>; empty when unknown.</param>
/// <param name="Source">Who contributed the hash (member, exchange or case id); empty when unknown.</param>
/// <param name="Confidence">How sure the source is that the picture shows illegal trade, 0 to 1.</param>
public sealed record HashLabels(string Species, string Product, string Source, double Confidence)
{
    /// <summary>Labels with every field empty and confidence 1: a bare hash list, as ThreatExchange exports.</summary>
    public static HashLabels None { get; } = new(string.Empty, string.Empty, string.Empty, 1.0);
}
