using System.ComponentModel.DataAnnotations;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Members;

/// <summary>A new API key for an organisation; the name says what uses it (e.g. "moderation pipeline").</summary>
internal sealed record CreateApiKeyRequest(
    long OrganisationId,
    [property: Required, StringLength(ApiKey.MaxNameLength, MinimumLength = 1)] string Name,
    HubRole Role);
