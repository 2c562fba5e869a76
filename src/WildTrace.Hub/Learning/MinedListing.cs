namespace WildTrace.Hub.Learning;

/// <summary>One decided case's listing text as <see cref="TermMiner"/> reads it; a case with several reports gives several.</summary>
internal sealed record MinedListing(long CaseId, string Text, string Language, string Taxon);
