using System.Globalization;
using WildTrace.Hub.Hosting;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Spotters;

/// <summary>
/// Reads the user id out of a signed-in actor (<c>user:{id}</c>). Rounds and tallies belong to a person: an API key
/// with the spotter role files reports anonymously (ReportIntake keeps ReporterUserId only for users), so it has none.
/// </summary>
internal static class SpotterUser
{
    private const string Prefix = "user:";

    public static bool TryGetId(HubActor actor, out long userId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        userId = 0;
        return actor.Name.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(actor.Name.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out userId);
    }

    /// <summary>True for a signed-in user (not a key) with the spotter role: the <c>spotter</c> policy.</summary>
    public static bool IsSignedInSpotter(HubActor actor) =>
        actor.Role == HubRole.Spotter && TryGetId(actor, out _);
}
