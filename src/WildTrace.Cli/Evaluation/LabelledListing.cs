using WildTrace.Detection.Scanning;

namespace WildTrace.Cli.Evaluation;

/// <summary>One line of data/labelled/*.jsonl: a listing in the scan input format plus its label and strata.</summary>
internal sealed record LabelledListing(Listing Listing, bool IsProhibited, string Language, string Obfuscation, string Taxon, string Split);
