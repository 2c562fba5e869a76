namespace WildTrace.Storage.Spotters;

/// <summary>A registered spotter's place in a <see cref="SpotterRound"/>; a spotter joins a round once.</summary>
public sealed class SpotterRoundMember
{
    public long Id { get; set; }

    public long RoundId { get; set; }

    public SpotterRound? Round { get; set; }

    public long UserId { get; set; }

    public DateTimeOffset JoinedAt { get; set; }
}
