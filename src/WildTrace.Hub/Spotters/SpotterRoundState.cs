namespace WildTrace.Hub.Spotters;

/// <summary>Where a round is relative to now: spotters may join upcoming and open rounds, not past ones.</summary>
internal enum SpotterRoundState
{
    Upcoming,
    Open,
    Past,
}
