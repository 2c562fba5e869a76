namespace WildTrace.Hub.Members;

/// <summary>Log events of the members feature (event ids 1000–1999). Key ids only, never secrets or e-mail addresses.</summary>
internal static partial class MembersLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Created the first coalition admin API key {KeyId}")]
    public static partial void AdminKeyCreated(ILogger logger, string keyId);
}
