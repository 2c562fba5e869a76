namespace WildTrace.Hub.Members;

/// <summary>Log events of the members feature (event ids 1000–1999). Ids only, never secrets, e-mail addresses or names.</summary>
internal static partial class MembersLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Created the first coalition admin API key {KeyId}")]
    public static partial void AdminKeyCreated(ILogger logger, string keyId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "User {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, long userId);

    // No address in the message: a failed sign-in's address may be a typo of someone's password.
    [LoggerMessage(EventId = 1003, Level = LogLevel.Information, Message = "A sign-in failed")]
    public static partial void SignInFailed(ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Created the first admin user {UserId} through setup")]
    public static partial void SetupCompleted(ILogger logger, long userId);
}
