using WildTrace.Hub.Members;

namespace WildTrace.Hub.Spotters;

/// <summary>Registered spotters and rounds: event ids 7500–7599. Never e-mail addresses, names or IP addresses.</summary>
internal static partial class SpotterLog
{
    [LoggerMessage(EventId = 7501, Level = LogLevel.Information, Message = "Spotter user {UserId} signed up")]
    public static partial void SignedUp(ILogger logger, long userId);

    [LoggerMessage(EventId = 7502, Level = LogLevel.Information, Message = "Spotter sign-up refused: {Kind} {Field}")]
    public static partial void SignUpRefused(ILogger logger, MemberProblemKind kind, string field);

    [LoggerMessage(EventId = 7504, Level = LogLevel.Information, Message = "Spotter sign-up refused: the address's hourly limit is spent")]
    public static partial void SignUpLimited(ILogger logger);

    [LoggerMessage(EventId = 7503, Level = LogLevel.Information, Message = "Spotter pool organisation {OrganisationId} created")]
    public static partial void PoolCreated(ILogger logger, long organisationId);

    [LoggerMessage(EventId = 7510, Level = LogLevel.Information, Message = "Spotter round {RoundId} created, {StartsAt:O} to {EndsAt:O}")]
    public static partial void RoundCreated(ILogger logger, long roundId, DateTimeOffset startsAt, DateTimeOffset endsAt);

    [LoggerMessage(EventId = 7511, Level = LogLevel.Information, Message = "Spotter user {UserId} joined round {RoundId}")]
    public static partial void RoundJoined(ILogger logger, long userId, long roundId);
}
