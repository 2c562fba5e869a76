using System.ComponentModel;

namespace WildTrace.Hub.Scans;

/// <summary>One term found in a listing.</summary>
internal sealed record ScanMatchResponse(
    [property: Description("The term as curated.")] string Term,
    [property: Description("The term's id (e.g. en-ivory).")] string TermId,
    [property: Description("The term's language, BCP 47.")] string Lang,
    [property: Description("The term's category.")] string Category,
    [property: Description("The species the term names, if any.")] string Species,
    [property: Description("title or text.")] string Field,
    [property: Description("Start of the match in the original field, UTF-16 units.")] int Start,
    [property: Description("End of the match (exclusive).")] int End);
