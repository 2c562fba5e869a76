namespace WildTrace.Storage.Spotters;

/// <summary>
/// A Cyber Spotter round: a fixed window (four weeks by default, as the coalition's programmes run them) with a focus
/// such as a taxon or a platform. A report counts toward the round when its reporter joined the round and it was filed
/// in [<see cref="StartsAt"/>, <see cref="EndsAt"/>).
/// </summary>
public sealed class SpotterRound
{
    public const int MaxNameLength = 100;
    public const int MaxFocusLength = 200;
    public const int MaxCreatedByLength = 100; // an audit actor name, such as "user:7" or "key:abc"

    public long Id { get; set; }

    public required string Name { get; set; }

    /// <summary>What spotters look for this round (a taxon, product or platform), in the organisers' words; may be empty.</summary>
    public string Focus { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }

    /// <summary>Exclusive end of the window.</summary>
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>The actor (audit name) who created the round.</summary>
    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
