using WildTrace.Detection.Text;

namespace WildTrace.Hub.Learning;

/// <summary>A candidate piece of a normalised listing: its span in the normalised text and the key counted for it.</summary>
internal readonly record struct ListingToken(TextSpan Span, string Key, bool IsCharacterGram);
