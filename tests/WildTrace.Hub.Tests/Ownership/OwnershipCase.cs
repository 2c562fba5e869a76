using System.Net;
using WildTrace.Storage.Members;

namespace WildTrace.Hub.Tests.Ownership;

/// <summary>
/// One /api/v1 endpoint in the ownership matrix: how to make a resource owned by an organisation (through the API, as the
/// coalition admin), the request to send about it, and what each role may do. <see cref="OwnershipMatrixTests"/> runs it
/// for every role against the caller's own organisation and against another one.
/// </summary>
public sealed record OwnershipCase
{
    /// <summary>The HTTP method, upper case, as the endpoint declares it.</summary>
    public required string Method { get; init; }

    /// <summary>The route pattern exactly as mapped, such as <c>/api/v1/apikeys/{keyId}</c>.</summary>
    public required string Route { get; init; }

    /// <summary>Per role; a role not listed is <see cref="Ownership.Reach.None"/> (403).</summary>
    public required IReadOnlyDictionary<HubRole, Reach> Reach { get; init; }

    /// <summary>Creates a resource owned by the given organisation and returns its route value; null: nothing to create.</summary>
    public Func<OwnershipWorld, long, OrganisationKind, Task<string?>>? Arrange { get; init; }

    /// <summary>The request about the arranged resource (or, for creates, naming the owner organisation in the body).</summary>
    public required Func<OwnedBy, HttpRequestMessage> Request { get; init; }

    /// <summary>The status the endpoint answers when the role may act.</summary>
    public HttpStatusCode Success { get; init; } = HttpStatusCode.OK;

    public string Name => $"{Method} {Route}";

    /// <summary>A reach table: <paramref name="all"/> roles act on any organisation's resources, <paramref name="own"/> on their own.</summary>
    public static IReadOnlyDictionary<HubRole, Reach> Roles(HubRole[] all, HubRole[]? own = null)
    {
        ArgumentNullException.ThrowIfNull(all);
        Dictionary<HubRole, Reach> reach = all.ToDictionary(r => r, _ => Ownership.Reach.All);
        foreach (HubRole role in own ?? [])
        {
            reach[role] = Ownership.Reach.Own;
        }

        return reach;
    }

    /// <summary>Every role may act, on anything (endpoints about the caller itself).</summary>
    public static IReadOnlyDictionary<HubRole, Reach> Everyone { get; } = Roles(Enum.GetValues<HubRole>());

    /// <summary>Only coalition admins, on any organisation's data.</summary>
    public static IReadOnlyDictionary<HubRole, Reach> AdminsOnly { get; } = Roles([HubRole.CoalitionAdmin]);
}
