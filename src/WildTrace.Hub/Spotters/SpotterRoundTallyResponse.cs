namespace WildTrace.Hub.Spotters;

/// <summary>A round the spotter joined, with their tally in its window.</summary>
internal sealed record SpotterRoundTallyResponse(SpotterRoundResponse Round, DateTimeOffset JoinedAt, SpotterTally Tally);
