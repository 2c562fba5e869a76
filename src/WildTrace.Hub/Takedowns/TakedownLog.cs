namespace WildTrace.Hub.Takedowns;

internal static partial class TakedownLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Takedowns reported by {Actor} for organisation {OrganisationId}: {Created} created, {Replaced} replaced, {Unchanged} unchanged")]
    public static partial void Reported(ILogger logger, string actor, long organisationId, int created, int replaced, int unchanged);
}
