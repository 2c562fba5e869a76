using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.Spotters;

namespace WildTrace.Hub.Spotters;

/// <summary>A new round; <see cref="EndsAt"/> defaults to <see cref="StartsAt"/> plus <c>Hub:Spotters:RoundLength</c> (28 days).</summary>
internal sealed record CreateSpotterRoundRequest(
    [property: Required, StringLength(SpotterRound.MaxNameLength)] string Name,
    [property: StringLength(SpotterRound.MaxFocusLength)] string? Focus,
    DateTimeOffset StartsAt,
    DateTimeOffset? EndsAt);
