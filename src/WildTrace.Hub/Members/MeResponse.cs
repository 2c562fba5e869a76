namespace WildTrace.Hub.Members;

/// <summary>Who the caller is.</summary>
internal sealed record MeResponse(string Actor, long OrganisationId, string Role);
