using WildTrace.Detection.Scanning;

namespace WildTrace.Detection.Scoring;

/// <summary>Everything the scorer found in one listing, sorted into what counts, what was ruled out, and the clues.</summary>
internal sealed class RiskEvidence
{
    public List<ScanMatch> Counted { get; } = [];

    public List<(ScanMatch Match, Signal Context)> Negated { get; } = [];

    public List<Signal> Signals { get; } = [];

    public double DetectorScore { get; set; }

    /// <summary>The listing states a price in its own field (<see cref="Listing.Price"/>).</summary>
    public bool HasPriceField { get; set; }

    public bool Has(RiskReasonKind kind) => Signals.Exists(s => s.Kind == kind);

    /// <summary>A sale phrase, a price or a contact channel: the three ways a listing says "this is for sale".</summary>
    public bool HasSaleIntent => HasPriceField || Has(RiskReasonKind.SaleIntent) || Has(RiskReasonKind.Price) || Has(RiskReasonKind.Contact);
}
