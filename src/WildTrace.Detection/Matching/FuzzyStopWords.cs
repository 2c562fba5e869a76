using System.Collections.Frozen;

namespace WildTrace.Detection.Matching;

/// <summary>
/// Common words one edit away from frequent wildlife terms (rhine~rhino, timer~tiger, sales~scales, other~otter).
/// A token in this list never fuzzy-matches: these words fill ordinary listings, while a seller disguising "rhino"
/// writes "rhyno", not another real word. Each was checked to be at distance 1 from the term in its comment; extend
/// the list when a false positive turns up, naming the term it collided with.
/// </summary>
internal static class FuzzyStopWords
{
    public static FrozenSet<string> Words { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        "rhine", // rhino
        "timer", "tiler", "tiber", // tiger
        "tasks", // tusks
        "bonus", "bonds", "boxes", "bores", "boned", "boner", // bones
        "skies", "skink", // skins
        "class", "clays", "clams", // claws
        "other", "oxter", // otter
        "skill", "scull", // skull
        "sales", "scare", "stale", "scalp", "scaly", "shale", // scale(s)
        "share", "sharp", "shard", "shank", "stark", // shark
        "while", "whole", // whale
        "snare", "shake", "stake", // snake
        "bears", "beans", "bends", // beads
        "corral", // coral
        "money", // monkey
        "pears", "pearly", // pearl
        "horny", // horns
        "shelf", "spell", "smell", "shelly", // shell
        "tenth", // teeth
        "cabra", "cobre"); // cobra (Spanish/Portuguese "goat", "copper")
}
