using WildTrace.Storage.Spotters;

namespace WildTrace.Hub.Spotters;

/// <summary>A round as every signed-in caller sees it; <see cref="IsMember"/> says whether the caller joined it.</summary>
internal sealed record SpotterRoundResponse(
    long Id, string Name, string Focus, DateTimeOffset StartsAt, DateTimeOffset EndsAt, SpotterRoundState State, int MemberCount, bool IsMember)
{
    public static SpotterRoundResponse From(SpotterRound round, DateTimeOffset now, int memberCount, bool isMember)
    {
        ArgumentNullException.ThrowIfNull(round);
        return new SpotterRoundResponse(round.Id, round.Name, round.Focus, round.StartsAt, round.EndsAt, StateAt(round, now), memberCount, isMember);
    }

    public static SpotterRoundState StateAt(SpotterRound round, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(round);
        return now < round.StartsAt ? SpotterRoundState.Upcoming : now < round.EndsAt ? SpotterRoundState.Open : SpotterRoundState.Past;
    }
}
