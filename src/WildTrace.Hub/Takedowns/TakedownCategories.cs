using System.Collections.Frozen;
using WildTrace.Detection.Terms;

namespace WildTrace.Hub.Takedowns;

/// <summary>
/// The categories a takedown is reported under: the policy groups of the species table (data/terms/README.md,
/// <c>group</c>: <c>elephants</c>, <c>pangolins</c>, <c>big-cats</c>, …), so that takedowns and scan findings add up
/// under the same names, plus <c>other</c> for actions that fit none.
/// </summary>
internal static class TakedownCategories
{
    public const string Other = "other";

    public static FrozenSet<string> All { get; } = TermVocabulary.Groups.Append(Other).ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Sorted { get; } = [.. All.Order(StringComparer.Ordinal)];
}
