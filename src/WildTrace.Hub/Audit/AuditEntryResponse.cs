using System.Text.Json;
using WildTrace.Storage.Audit;

namespace WildTrace.Hub.Audit;

/// <summary>An audit entry as the API and the export show it; hashes in lower-case hex so anyone can recompute the chain.</summary>
internal sealed record AuditEntryResponse(
    long Id, DateTimeOffset At, string Actor, long? OrganisationId, string Action, string Subject, JsonElement? Detail,
    string PreviousHash, string Hash)
{
    public static AuditEntryResponse From(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        JsonElement? detail = null;
        if (entry.Detail is not null)
        {
            using JsonDocument document = JsonDocument.Parse(entry.Detail);
            detail = document.RootElement.Clone();
        }

        return new(entry.Id, entry.At, entry.Actor, entry.OrganisationId, entry.Action, entry.Subject, detail,
            Convert.ToHexStringLower(entry.PreviousHash), Convert.ToHexStringLower(entry.Hash));
    }
}
