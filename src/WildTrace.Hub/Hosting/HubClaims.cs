namespace WildTrace.Hub.Hosting;

/// <summary>Claim types the hub puts on every signed-in principal, whether it came from an API key or a cookie.</summary>
internal static class HubClaims
{
    /// <summary>The organisation the caller acts for (a decimal id).</summary>
    public const string OrganisationId = "wildtrace:org";

    /// <summary>The audit name of the caller: <c>key:{keyId}</c> or <c>user:{id}</c>.</summary>
    public const string Actor = "wildtrace:actor";
}
