namespace WildTrace.Storage.Reviews;

/// <summary>Which member organisation handles listings on a platform: confirmed cases go to its queue and webhooks.</summary>
public sealed class PlatformRoute
{
    /// <summary>The platform key as <c>ReportCase.Platform</c> holds it (e.g. <c>marketplace.example</c>).</summary>
    public required string Platform { get; set; }

    public long OrganisationId { get; set; }
}
