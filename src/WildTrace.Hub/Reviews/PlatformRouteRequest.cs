namespace WildTrace.Hub.Reviews;

/// <summary>The member organisation that handles a platform's listings.</summary>
internal sealed record PlatformRouteRequest(long OrganisationId);
