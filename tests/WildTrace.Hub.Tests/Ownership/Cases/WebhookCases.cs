using System.Globalization;
using System.Net;
using WildTrace.Storage.Members;
using WildTrace.Storage.Webhooks;
using static WildTrace.Hub.Tests.Ownership.Cases.CaseRequests;

namespace WildTrace.Hub.Tests.Ownership.Cases;

/// <summary>
/// Ownership cases for webhooks: an endpoint and its deliveries belong to the organisation that registered it;
/// another organisation's id answers 404, coalition admins included.
/// </summary>
public sealed class WebhookCases : IOwnershipCases
{
    /// <summary>TEST-NET-3 (RFC 5737): public as far as the address policy goes, and never resolved or reached here.</summary>
    private const string ReceiverUrl = "https://203.0.113.10/hook";

    private static readonly IReadOnlyDictionary<HubRole, Reach> s_members =
        OwnershipCase.Roles([HubRole.CoalitionAdmin, HubRole.MemberEngineer, HubRole.MemberReviewer]);

    private static readonly IReadOnlyDictionary<HubRole, Reach> s_owners =
        OwnershipCase.Roles([], own: [HubRole.CoalitionAdmin, HubRole.MemberEngineer, HubRole.MemberReviewer]);

    public IEnumerable<OwnershipCase> Cases =>
    [
        new()
        {
            Method = "POST", Route = "/api/v1/webhooks", Reach = s_members, Success = HttpStatusCode.Created,
            Request = _ => Post("/api/v1/webhooks", new { url = ReceiverUrl }),
        },
        new()
        {
            // Lists only the caller's organisation's endpoints; there is no organisation parameter to point elsewhere.
            Method = "GET", Route = "/api/v1/webhooks", Reach = s_members,
            Request = _ => Get("/api/v1/webhooks"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/webhooks/{id:long}/secrets", Reach = s_owners,
            Arrange = async (world, organisation, _) => (await EndpointAsync(world, organisation, withDelivery: false)).ToString(CultureInfo.InvariantCulture),
            Request = owner => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/webhooks/{owner.Resource}/secrets"),
        },
        new()
        {
            Method = "GET", Route = "/api/v1/webhooks/deliveries", Reach = s_members,
            Request = _ => Get("/api/v1/webhooks/deliveries"),
        },
        new()
        {
            Method = "POST", Route = "/api/v1/webhooks/deliveries/{id:long}/replay", Reach = s_owners, Success = HttpStatusCode.Accepted,
            Arrange = async (world, organisation, _) => (await EndpointAsync(world, organisation, withDelivery: true)).ToString(CultureInfo.InvariantCulture),
            Request = owner => new HttpRequestMessage(HttpMethod.Post, $"/api/v1/webhooks/deliveries/{owner.Resource}/replay"),
        },
    ];

    /// <summary>Inserted directly (organisations whose roles may not register endpoints still need owned rows); the endpoint's id, or its delivery's.</summary>
    private static Task<long> EndpointAsync(OwnershipWorld world, long organisation, bool withDelivery) =>
        WithDbAsync(world, async db =>
        {
            DateTimeOffset now = world.Hub.Time.GetUtcNow();
            WebhookEndpoint endpoint = new() { OrganisationId = organisation, Url = ReceiverUrl, Secrets = "matrix", CreatedAt = now };
            db.WebhookEndpoints.Add(endpoint);
            if (!withDelivery)
            {
                await db.SaveChangesAsync();
                return endpoint.Id;
            }

            WebhookDelivery delivery = new()
            {
                Endpoint = endpoint, MessageId = Unique("msg_"), EventType = "case.routed", Payload = "{}",
                State = WebhookDeliveryState.Failed, Attempts = 1, CreatedAt = now,
            };
            db.WebhookDeliveries.Add(delivery);
            await db.SaveChangesAsync();
            return delivery.Id;
        });
}
