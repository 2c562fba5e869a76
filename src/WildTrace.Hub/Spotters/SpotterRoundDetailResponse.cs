namespace WildTrace.Hub.Spotters;

/// <summary>A round with the member tallies the caller may see (all for analysts, their own for a spotter, none otherwise).</summary>
internal sealed record SpotterRoundDetailResponse(SpotterRoundResponse Round, IReadOnlyList<SpotterRoundMemberResponse> Members);
