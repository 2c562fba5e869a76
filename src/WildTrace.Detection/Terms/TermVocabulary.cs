namespace WildTrace.Detection.Terms;

/// <summary>The closed lists of the term database format (data/terms/README.md, "Term database").</summary>
internal static class TermVocabulary
{
    public static readonly string[] TermColumns =
        ["id", "text", "lang", "kind", "taxon", "product", "weight", "context", "status", "added", "source"];

    public static readonly string[] SpeciesColumns = ["taxon", "rank", "group", "cites", "cites_since", "note", "source"];

    public static readonly HashSet<string> Kinds = new(StringComparer.Ordinal)
    {
        "common-name", "scientific-name", "product", "code-word", "trade-slang", "tcm-name", "misspelling",
        "transliteration", "emoji", "hashtag", "cover-claim", "sale-intent", "negative-context",
    };

    public static readonly HashSet<string> Products = new(StringComparer.Ordinal)
    {
        "live", "raw", "carved", "powder", "meat", "skin", "medicine", "scale", "horn", "bone", "tooth", "claw", "shell",
        "bile", "casque", "fin", "maw", "egg", "feather", "wood", "oil", "musk", "wool", "caviar",
    };

    public static readonly HashSet<string> Ranks = new(StringComparer.Ordinal)
    {
        "species", "subspecies", "genus", "family", "order", "class",
    };

    public static readonly HashSet<string> Groups = new(StringComparer.Ordinal)
    {
        "elephants", "rhinos", "pangolins", "big-cats", "small-cats", "bears", "great-apes", "gibbons", "primates",
        "otters", "marine-mammals", "antelopes", "musk-deer", "other-mammals", "hornbills", "parrots", "owls-raptors",
        "songbirds", "other-birds", "sea-turtles", "tortoises-freshwater-turtles", "crocodilians", "snakes", "lizards",
        "amphibians", "sharks-rays", "fish", "seahorses", "corals", "invertebrates", "timber", "plants", "extinct",
    };

    public static readonly HashSet<string> CitesAppendices = new(StringComparer.Ordinal) { "I", "II", "III", "I/II", "none" };

    public static readonly HashSet<string> NeedsRules = new(StringComparer.Ordinal) { "sale", "product", "taxon" };

    public const string NegativeContextKind = "negative-context";
}
