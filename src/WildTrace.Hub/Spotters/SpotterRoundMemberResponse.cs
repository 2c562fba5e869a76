namespace WildTrace.Hub.Spotters;

/// <summary>One member's tally in a round's window. Analysts see every member; a spotter sees only their own row.</summary>
internal sealed record SpotterRoundMemberResponse(long UserId, string DisplayName, DateTimeOffset JoinedAt, SpotterTally Tally);
