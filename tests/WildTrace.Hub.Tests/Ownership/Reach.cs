namespace WildTrace.Hub.Tests.Ownership;

/// <summary>What one role may do at one endpoint.</summary>
public enum Reach
{
    /// <summary>The policy refuses the role: 403 whoever owns the resource.</summary>
    None,

    /// <summary>Its own organisation's resources succeed; another organisation's answer 404 (not 403: ids must not leak).</summary>
    Own,

    /// <summary>Any organisation's resources succeed (coalition admins, and endpoints without an owner such as /me).</summary>
    All,
}
