using WildTrace.Storage.Terms;

namespace WildTrace.Hub.Terms;

internal static partial class TermLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Seeded {Count} terms from bundled pack {PackId} v{Version} in {ElapsedMs} ms")]
    public static partial void Seeded(ILogger logger, int count, string packId, int version, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "The term table stays empty: {Reason}")]
    public static partial void NoBundledPack(ILogger logger, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Scans now use {Count} approved terms (revision {Revision})")]
    public static partial void TermsApplied(ILogger logger, int count, long revision);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Reloading terms failed; scans keep the previous terms")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Term {TermId}: {From} -> {To} by {Actor}")]
    public static partial void StateChanged(ILogger logger, string termId, TermState? from, TermState to, string actor);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "Created the hub's pack signing key {KeyId} at {Path}")]
    public static partial void SigningKeyCreated(ILogger logger, string keyId, string path);
}
