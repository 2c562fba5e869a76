namespace WildTrace.Hub.Spotters;

/// <summary>A signed-in spotter's record: the tally over all their reports, and per round they joined.</summary>
internal sealed record SpotterMeResponse(long UserId, string DisplayName, SpotterTally Overall, IReadOnlyList<SpotterRoundTallyResponse> Rounds);
