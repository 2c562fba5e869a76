using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Spotters;

/// <summary>Registered spotters and rounds (<c>Hub:Spotters</c>).</summary>
internal sealed class SpotterOptions
{
    public const string Section = "Hub:Spotters";

    /// <summary>The organisation (kind Spotters) that self-registered spotters join; created on the first sign-up.</summary>
    [Required, StringLength(Organisation.MaxNameLength, MinimumLength = 1)]
    public string PoolName { get; set; } = "Cyber Spotters";

    /// <summary>
    /// Sign-ups one IP address may attempt per hour, successful or not. A household or a training session shares an
    /// address, so a handful; more would let one address mint accounts (each with its own report budget) or probe which
    /// e-mail addresses are registered.
    /// </summary>
    [Range(1, 1_000_000)]
    public int SignUpsPerAddressPerHour { get; set; } = 5;

    /// <summary>A round's length when its creator gives no end: WWF-Singapore's rounds last four weeks (domain.md §1.3).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "366.00:00:00")]
    public TimeSpan RoundLength { get; set; } = TimeSpan.FromDays(28);

    /// <summary>The longest round that may be created; a year bounds the tally's window.</summary>
    public static TimeSpan MaxRoundLength { get; } = TimeSpan.FromDays(366);
}
