namespace WildTrace.Detection.Matching;

/// <summary>A pattern of a <see cref="LiteralAutomaton"/> ending at <see cref="End"/> (exclusive UTF-16 index).</summary>
internal readonly record struct RawMatch(int Pattern, int End);
